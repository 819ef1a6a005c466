#!/usr/bin/env node
// The `fleur` command. npm runs a package's bin through a symlink named after the command, so the entry cannot
// recognise itself by its file name: this file only calls `main`, and `main.ts` never runs on import.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
