import { useState, type DragEvent } from 'react';

/**
 * Drag-and-drop of files onto a box: whether something is being dragged over it (for its
 * look and hint) and the handlers to spread on it. `onFiles` gets what was dropped.
 */
export function useDropZone(onFiles: (files: FileList) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      onFiles(e.dataTransfer.files);
    },
  };
  return { dragging, handlers };
}
