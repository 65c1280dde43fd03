import { FormatEditorPage } from '../features/formats/FormatEditor';

export function CopyFormatRoute() {
  return <FormatEditorPage mode="copy" />;
}

export function EditFormatRoute() {
  return <FormatEditorPage mode="edit" />;
}
