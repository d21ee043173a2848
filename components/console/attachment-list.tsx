import type { AttachmentView } from "@/lib/attachments/attachments";

/** A message's files: images shown in place, PDFs as links; both read with the staff session. */
export function AttachmentList({ files }: { files: AttachmentView[] }) {
  return (
    <ul className="space-y-1" data-testid="attachments">
      {files.map((file) => (
        <li key={file.id}>
          {file.image ? (
            <a href={file.url} target="_blank" rel="noopener noreferrer" className="block">
              {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session, not a static asset */}
              <img src={file.url} alt={file.fileName} className="max-h-48 max-w-full rounded-md border border-slate-200" />
            </a>
          ) : (
            <a href={file.url} className="text-brand-700 underline" download={file.fileName}>
              {file.fileName}
            </a>
          )}
          <span className="block text-xs text-slate-600">
            {file.fileName}, {Math.max(1, Math.round(file.sizeBytes / 1024))} KB
          </span>
        </li>
      ))}
    </ul>
  );
}
