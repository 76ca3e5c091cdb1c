/* livc-file-dialogs.c: what every window's file choosers share: the file filters, the
 * folder they open in, and the chooser that saves an export.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-file-dialogs.h"

static GtkFileFilter *
filter_new (const char *name,
            const char *mime_type,
            const char *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  if (suffix != NULL)
    gtk_file_filter_add_suffix (filter, suffix);
  return filter;
}

GtkFileFilter *
livc_assessment_filter (void)
{
  return filter_new (_("Assessments (XML)"), "application/x-livc-assessment+xml", "xml");
}

GtkFileFilter *
livc_questionnaire_filter (void)
{
  return filter_new (_("Questionnaires (XML)"), NULL, "xml");
}

GtkFileFilter *
livc_pdf_filter (void)
{
  return filter_new (_("PDF documents"), "application/pdf", NULL);
}

GtkFileFilter *
livc_csv_filter (void)
{
  return filter_new (_("CSV tables"), "text/csv", NULL);
}

static void
set_folder (GtkFileChooser *chooser,
            const char     *folder)
{
  g_autoptr(GFile) dir = g_file_new_for_path (folder);

  gtk_file_chooser_set_current_folder (chooser, dir, NULL);
}

void
livc_last_folder_restore (GtkFileChooser *chooser,
                          GSettings      *settings,
                          const char     *near_path)
{
  g_autofree char *folder = NULL;

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  /* The file the user works on says best where its exports and copies belong. */
  if (near_path != NULL)
    {
      folder = g_file_test (near_path, G_FILE_TEST_IS_DIR) ? g_strdup (near_path)
                                                           : g_path_get_dirname (near_path);
      if (g_file_test (folder, G_FILE_TEST_IS_DIR))
        {
          set_folder (chooser, folder);
          return;
        }
      g_clear_pointer (&folder, g_free);
    }
  if (settings != NULL)
    folder = g_settings_get_string (settings, "last-folder");
  if (folder != NULL && *folder != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    set_folder (chooser, folder);
}

void
livc_last_folder_remember (GSettings *settings,
                           GFile     *file)
{
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;

  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  path = file != NULL ? g_file_get_path (file) : NULL;
  if (settings == NULL || path == NULL)
    return;
  folder = g_file_test (path, G_FILE_TEST_IS_DIR) ? g_strdup (path) : g_path_get_dirname (path);
  g_settings_set_string (settings, "last-folder", folder);
}

char *
livc_file_dup_local_path (GFile   *file,
                          GError **error)
{
  char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *display = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only local files can be saved"), display);
    }
  return path;
}

char *
livc_export_file_name (const char *stem,
                       const char *lang,
                       const char *extension)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (stem != NULL, NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  /* aalst-2026-11-21-fr.pdf: one file per language side by side in a folder. */
  if (lang != NULL)
    name = g_strdup_printf ("%s-%s.%s", stem, lang, extension);
  else
    name = g_strdup_printf ("%s.%s", stem, extension);
  g_strdelimit (name, "/\\:+", '-');
  return g_steal_pointer (&name);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    GtkWindow       *parent)
{
  LivcExportFunc callback = (LivcExportFunc) g_object_get_data (G_OBJECT (chooser), "callback");
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    callback (parent, file, g_object_get_data (G_OBJECT (chooser), "lang"));
}

GtkNativeDialog *
livc_export_chooser_show (GtkWindow      *parent,
                          const char     *title,
                          GtkFileFilter  *filter,
                          const char     *file_name,
                          const char     *lang,
                          GSettings      *settings,
                          const char     *near_path,
                          LivcExportFunc  callback)
{
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (GTK_IS_FILE_FILTER (filter), NULL);
  g_return_val_if_fail (callback != NULL, NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  livc_last_folder_restore (GTK_FILE_CHOOSER (chooser), settings, near_path);
  if (file_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_object_set_data (G_OBJECT (chooser), "callback", (gpointer) callback);
  g_object_set_data_full (G_OBJECT (chooser), "lang", g_strdup (lang), g_free);
  /* The chooser never outlives parent's answer: the caller destroys it with parent. */
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), parent, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return GTK_NATIVE_DIALOG (chooser);
}
