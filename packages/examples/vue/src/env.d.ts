// The tag's types in templates: its attributes, properties and events, checked by vue-tsc.
import type {} from 'fleur-pleine-sante/vue';
