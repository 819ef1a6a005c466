// Registers <fleur-pleine-sante> before Vue renders it.
import 'fleur-pleine-sante/fleur-pleine-sante.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
