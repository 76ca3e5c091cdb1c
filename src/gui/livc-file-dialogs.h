/* livc-file-dialogs.h: what every window's file choosers share: the file filters, the
 * folder they open in, and the chooser that saves an export.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called when the user accepted an export chooser: file is where to write, lang the
 * report's language given to livc_export_chooser_show () (or NULL). */
typedef void (*LivcExportFunc) (GtkWindow  *parent,
                                GFile      *file,
                                const char *lang);

/* New filters (transfer full), named for the user: LIVC Scan assessments, questionnaires
 * (both XML files), PDF documents and CSV tables. */
GtkFileFilter   *livc_assessment_filter    (void);
GtkFileFilter   *livc_questionnaire_filter (void);
GtkFileFilter   *livc_pdf_filter           (void);
GtkFileFilter   *livc_csv_filter           (void);

/* Opens chooser in the folder of near_path (a file or folder the user works on, such as
 * the assessment's own file) if it still exists, or else in the folder the user last used
 * ("last-folder" in settings). settings and near_path may be NULL. */
void             livc_last_folder_restore  (GtkFileChooser *chooser,
                                            GSettings      *settings,
                                            const char     *near_path);

/* Keeps file's folder (or file itself when it is a folder) as the folder to open next
 * time. Does nothing without settings or for a file that is not local. */
void             livc_last_folder_remember (GSettings      *settings,
                                            GFile          *file);

/* The local path of file, the user's choice of where to write (transfer full), or NULL
 * with error set (G_IO_ERROR_NOT_SUPPORTED, naming file) when file is not local, such as
 * a location on a server picked in the chooser. */
char            *livc_file_dup_local_path  (GFile          *file,
                                            GError        **error);

/* "stem-lang.extension" (or "stem.extension" without lang), safe as a file name: '/', '\',
 * ':' and the '+' of "nl+fr" become '-'. */
char            *livc_export_file_name     (const char     *stem,
                                            const char     *lang,
                                            const char     *extension);

/* Shows a save chooser titled title over parent, with filter, proposing file_name in the
 * folder livc_last_folder_restore () picks. When the user accepts, callback runs with
 * parent, the file and (a copy of) lang. Returns the chooser (transfer full): the caller
 * keeps it while it may answer and destroys it with gtk_native_dialog_destroy () when
 * parent goes away first. */
GtkNativeDialog *livc_export_chooser_show  (GtkWindow      *parent,
                                            const char     *title,
                                            GtkFileFilter  *filter,
                                            const char     *file_name,
                                            const char     *lang,
                                            GSettings      *settings,
                                            const char     *near_path,
                                            LivcExportFunc  callback);

G_END_DECLS
