// Registers <fleur-pleine-sante> before Svelte renders it, so Svelte sets its props as properties.
import 'fleur-pleine-sante/fleur-pleine-sante.js';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (target) mount(App, { target });
