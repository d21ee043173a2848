import { z } from "zod";
import { HELP_CENTRE_IMPORT_BODY_LIMIT } from "@/lib/http/body-limit";

/** One uploaded file in a multipart form field named "file": a .zip of Markdown files, a .csv or a .md. */
export const importUpload = z.strictObject({
  file: z
    .instanceof(File, { error: 'Send the file to import in a form field named "file".' })
    .refine((file) => /\.(zip|csv|md|markdown)$/i.test(file.name), "Import a .zip of Markdown files, a .csv, or a .md file.")
    .refine((file) => file.size > 0, "The file is empty.")
    .refine((file) => file.size <= HELP_CENTRE_IMPORT_BODY_LIMIT, `The file is larger than ${HELP_CENTRE_IMPORT_BODY_LIMIT / (1024 * 1024)} MB.`),
});
