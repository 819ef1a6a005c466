import type { DrawingInteraction } from '../../controllers/drawing-interaction.js';

/** The listeners of the drawing's stage, bound once: the same functions every render. */
export interface StageListeners {
  click(event: MouseEvent): void;
  pointerOver(event: PointerEvent): void;
  pointerLeave(): void;
  keyDown(event: KeyboardEvent): void;
  focusIn(event: FocusEvent): void;
  focusOut(): void;
}

/**
 * The stage's listeners, waiting for the drawing's interaction (`interaction()`), which comes with the reading parts.
 * When their chunk failed, a click, Enter or Space on the drawing is an explicit action that asks for it again
 * (`retry`, after its back-off).
 */
export function stageListeners(interaction: () => DrawingInteraction | undefined, retry: () => void): StageListeners {
  return {
    click: (event) => {
      const now = interaction();
      if (now) now.pointer.onClick(event);
      else retry();
    },
    pointerOver: (event) => interaction()?.pointer.onPointerOver(event),
    pointerLeave: () => interaction()?.pointer.onPointerLeave(),
    keyDown: (event) => {
      const now = interaction();
      if (now) now.roving.handleKeyDown(event);
      else if (event.key === 'Enter' || event.key === ' ') retry();
    },
    focusIn: (event) => interaction()?.roving.handleFocusIn(event),
    focusOut: () => {
      interaction()?.tooltip.hide('focus');
      interaction()?.focusLeft();
    },
  };
}
