// The tag's types in Svelte markup: its attributes, properties and events, checked by svelte-check.
import type {} from 'fleur-pleine-sante/svelte';
