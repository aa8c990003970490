import { useState, type DragEvent, type ReactNode } from 'react';
import { FieldError } from './field-error';

interface DropZoneProps {
  readonly testId: string;
  /** Id of the file input inside; its label, hint (`<id>-hint`) and error (`<id>-error`) follow it. */
  readonly fileId: string;
  readonly label: string;
  readonly hint: string;
  /** The hint while files are dragged over the box. */
  readonly dropHint: string;
  /** The message shown at the field, or null when the field is fine. */
  readonly error?: string | null;
  readonly onFiles: (files: FileList) => void;
  /** The file input (and what the page lists under it). */
  readonly children: ReactNode;
}

/** A box that takes dropped files as well as its file input, as the log analyzer and the file reader show it. */
export function DropZone(props: DropZoneProps) {
  const { dragging, handlers } = useFileDrop(props.onFiles);
  const error = props.error ?? null;
  const className = [
    'drop-zone',
    dragging && 'is-dragging',
    error !== null && 'form-group has-error',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={className} data-testid={props.testId} {...handlers}>
      <label htmlFor={props.fileId} className="field-label">
        {props.label}
      </label>
      <p className="hint" id={`${props.fileId}-hint`}>
        {dragging ? props.dropHint : props.hint}
      </p>
      <FieldError id={`${props.fileId}-error`} messages={error !== null ? [error] : []} />
      {props.children}
    </div>
  );
}

/**
 * Drag-and-drop of files onto a box: whether files are being dragged over it (for its look and
 * hint) and the handlers to spread on it; `onFiles` gets what was dropped.
 */
export function useFileDrop(onFiles: (files: FileList) => void) {
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
