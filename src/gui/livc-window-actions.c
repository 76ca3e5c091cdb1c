/* livc-window-actions.c: the main window's actions: new, open, save, save as, export PDF,
 * print and page setup, presentation mode, moving between domains, rating, recent files,
 * the close confirmation and the recovery offer.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-item-row.h"
#include "livc-new-dialog.h"
#include "livc-window-private.h"

#define MAX_RECENT 8
#define MAX_PROBLEM_LINES 20

/* The window closes once the dialog is gone: closing its transient parent from inside the
 * dialog's own response would pull the parent from under it. */
static gboolean
close_later (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

LivcWindow *
livc_window_for_new_document (LivcWindow *self)
{
  LivcWindow *window;

  if (self->document == NULL)
    return self;
  window = livc_window_new (LIVC_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* A file's problems, one per line as file:line: message, under heading; error's message
 * when diag has none. Shared by every window and dialog that loads files. */
void
livc_show_problems (GtkWindow       *parent,
                    const char      *heading,
                    LivcDiagnostics *diag,
                    GError          *error)
{
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;
  guint n = diag != NULL ? livc_diagnostics_get_n (diag) : 0;

  for (guint i = 0; i < n && i < MAX_PROBLEM_LINES; i++)
    {
      g_autofree char *line = livc_problem_to_string (livc_diagnostics_get (diag, i));
      g_string_append_printf (body, "%s%s", body->len > 0 ? "\n" : "", line);
    }
  if (n > MAX_PROBLEM_LINES)
    {
      g_string_append_c (body, '\n');
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "… and %u more problem",
                                                 "… and %u more problems", n - MAX_PROBLEM_LINES),
                              n - MAX_PROBLEM_LINES);
    }
  if (body->len == 0 && error != NULL)
    g_string_append (body, error->message);

  /* A window that is not shown yet (files opened at start) shows under its problems. */
  if (parent != NULL && !gtk_widget_get_visible (GTK_WIDGET (parent)))
    gtk_window_present (parent);
  dialog = adw_message_dialog_new (parent, heading, NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_widget_add_css_class (dialog, "problems-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Recent assessments */

static char **
recent_files (LivcWindow *self)
{
  if (self->settings == NULL)
    return g_new0 (char *, 1);
  return g_settings_get_strv (self->settings, "recent-files");
}

void
livc_window_add_recent (LivcWindow *self,
                        const char *path)
{
  g_auto(GStrv) old = recent_files (self);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  guint n = 1;

  if (self->settings == NULL)
    return;
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (old[i], path) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  list = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *) list);
  g_settings_set_string (self->settings, "last-folder", folder);
}

void
livc_window_on_recent_activated (GtkListBox    *box,
                     GtkListBoxRow *row,
                     LivcWindow    *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  livc_window_open_file (self, file);
}

void
livc_window_refresh_recent (LivcWindow *self)
{
  g_auto(GStrv) list = recent_files (self);
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *base = NULL;
      g_autofree char *dir = NULL;
      GtkWidget *row;

      if (!g_file_test (list[i], G_FILE_TEST_IS_REGULAR))
        continue;
      base = g_path_get_basename (list[i]);
      dir = g_path_get_dirname (list[i]);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), base);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dir);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "path", g_strdup (list[i]), g_free);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }
  gtk_widget_set_visible (self->recent_group, shown > 0);
}

/* Opening */

gboolean
livc_window_open_file (LivcWindow *self,
                       GFile      *file)
{
  g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  LivcWindow *target;

  g_return_val_if_fail (LIVC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  display = g_file_get_parse_name (file);
  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only local files can be opened"), display);
      livc_show_problems (GTK_WINDOW (self), _("Cannot Open the Assessment"), NULL, error);
      return FALSE;
    }
  document = livc_document_load (path, path, NULL, diag, &error);
  if (document == NULL)
    {
      livc_show_problems (GTK_WINDOW (self), _("Cannot Open the Assessment"), diag, error);
      return FALSE;
    }
  target = livc_window_for_new_document (self);
  livc_window_set_document (target, document, NULL);
  livc_window_add_recent (self, path);
  if (livc_diagnostics_count (diag, LIVC_SEVERITY_WARNING) > 0)
    livc_show_problems (GTK_WINDOW (target), _("Opened with Warnings"), diag, NULL);
  return TRUE;
}

static void
on_open_response (GtkNativeDialog *chooser,
                  int              response,
                  LivcWindow      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          livc_window_open_file (self, file);
        }
    }
  g_clear_object (&self->chooser);
}

void
livc_window_set_chooser_folder (LivcWindow     *self,
                                GtkFileChooser *chooser)
{
  g_autofree char *folder = self->settings ? g_settings_get_string (self->settings, "last-folder") : NULL;

  if (folder != NULL && *folder != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (chooser, dir, NULL);
    }
}

GtkFileFilter *
livc_assessment_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Assessments (XML)"));
  gtk_file_filter_add_mime_type (filter, "application/x-livc-assessment+xml");
  gtk_file_filter_add_suffix (filter, "xml");
  return filter;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = livc_assessment_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open an Assessment"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  livc_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (self->chooser);
}

static void
on_new_created (LivcNewDialog *dialog,
                LivcDocument  *document,
                const char    *lang,
                LivcWindow    *self)
{
  LivcWindow *target = livc_window_for_new_document (self);

  livc_window_set_document (target, document, lang);
  /* A new assessment is worth keeping from its first minute. */
  livc_document_set_modified (document, TRUE);
  livc_document_autosave_now (document, NULL);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  LivcNewDialog *dialog = livc_new_dialog_new (GTK_WINDOW (self), self->lang);

  g_signal_connect_object (dialog, "create", G_CALLBACK (on_new_created), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving */

gboolean
livc_window_save_to (LivcWindow  *self,
                     GFile       *file,
                     GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (LIVC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be saved"));
      return FALSE;
    }
  if (!livc_document_save (self->document, path, error))
    return FALSE;
  livc_window_add_recent (self, path);
  return TRUE;
}

static void
save_and_report (LivcWindow *self,
                 GFile      *file)
{
  g_autoptr(GError) error = NULL;

  if (!livc_window_save_to (self, file, &error))
    {
      livc_show_problems (GTK_WINDOW (self), _("Cannot Save the Assessment"), NULL, error);
      return;
    }
  livc_window_toast (self, _("Saved"));
  if (self->close_confirmed)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_later, g_object_ref (self), g_object_unref);
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  LivcWindow      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      save_and_report (self, file);
    }
  else
    self->close_confirmed = FALSE;
  g_clear_object (&self->chooser);
}

static char *
suggested_name (LivcWindow *self,
                const char *extension)
{
  LivcAssessment *a = livc_document_get_assessment (self->document);
  g_autofree char *names = livc_assessment_dup_municipality_names (a, "-");
  g_autofree char *name = g_strdup_printf ("%s-%s.%s", names != NULL && *names ? names : "livc-scan",
                                           livc_assessment_get_date (a) ? livc_assessment_get_date (a) : "",
                                           extension);

  g_strdelimit (name, "/\\:", '-');
  return g_steal_pointer (&name);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = livc_assessment_filter ();
  g_autofree char *name = suggested_name (self, "xml");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Assessment"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  livc_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), self);
  gtk_native_dialog_show (self->chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  const char *path = livc_document_get_path (self->document);

  if (path == NULL)
    {
      save_as_action (widget, action_name, parameter);
      return;
    }
  {
    g_autoptr(GFile) file = g_file_new_for_path (path);
    save_and_report (self, file);
  }
}

/* Export and print */

gboolean
livc_window_export_pdf_to (LivcWindow  *self,
                           const char  *lang,
                           GFile       *file,
                           GError     **error)
{
  g_autoptr(LivcReport) report = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (LIVC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be saved"));
      return FALSE;
    }
  report = livc_report_new (livc_document_get_scores (self->document), lang);
  return livc_report_write_pdf (report, path, error);
}

typedef void (*LangCallback) (LivcWindow *self,
                              const char *lang);

static char *
preferred_report_lang (LivcWindow *self)
{
  g_autofree char *setting = self->settings ? g_settings_get_string (self->settings, "report-language") : NULL;

  if (setting != NULL && *setting != '\0')
    return g_steal_pointer (&setting);
  return g_strdup (livc_default_lang ());
}

static void
on_lang_response (AdwMessageDialog *dialog,
                  const char       *response,
                  LivcWindow       *self)
{
  LangCallback callback = (LangCallback) g_object_get_data (G_OBJECT (dialog), "callback");

  if (!livc_report_lang_is_valid (response))
    return;
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "report-language", response);
  callback (self, response);
}

/* The report's language is chosen each time, independently of the app's own. */
static void
choose_report_lang (LivcWindow   *self,
                    const char   *heading,
                    LangCallback  callback)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                              _("In which language should the report be written?"));
  g_autofree char *preferred = preferred_report_lang (self);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "nl", "_Nederlands",
                                    "fr", "_Français",
                                    "en", "_English",
                                    "nl+fr", _("NL + FR _Side by Side"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), preferred,
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), preferred);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "callback", (gpointer) callback);
  g_signal_connect (dialog, "response", G_CALLBACK (on_lang_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    LivcWindow      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      const char *lang = g_object_get_data (G_OBJECT (chooser), "lang");
      g_autoptr(GError) error = NULL;

      if (!livc_window_export_pdf_to (self, lang, file, &error))
        livc_show_problems (GTK_WINDOW (self), _("Cannot Export the Report"), NULL, error);
      else
        livc_window_toast (self, _("Report exported"));
    }
  g_clear_object (&self->chooser);
}

static void
export_with_lang (LivcWindow *self,
                  const char *lang)
{
  g_autofree char *base = suggested_name (self, "pdf");
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  /* aalst-2026-11-21-fr.pdf: one file per language side by side in a folder. */
  name = g_strdup_printf ("%.*s-%s.pdf", (int) strlen (base) - 4, base, lang);
  g_strdelimit (name, "+", '-');
  chooser = gtk_file_chooser_native_new (_("Export the Report"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  livc_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "lang", g_strdup (lang), g_free);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (self->chooser);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  choose_report_lang (LIVC_WINDOW (widget), _("Export PDF"), export_with_lang);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                LivcReport        *report)
{
  gtk_print_operation_set_n_pages (operation, (int) livc_report_get_n_pages (report));
}

/* Print and preview draw the report's own A4 pages, scaled to the printable area. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              LivcReport        *report)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double sx = gtk_print_context_get_width (context) / LIVC_REPORT_PAGE_WIDTH;
  double sy = gtk_print_context_get_height (context) / LIVC_REPORT_PAGE_HEIGHT;

  cairo_save (cr);
  cairo_scale (cr, MIN (sx, sy), MIN (sx, sy));
  livc_report_draw_page (report, cr, (guint) page);
  cairo_restore (cr);
}

static GtkPageSetup *
saved_page_setup (LivcWindow *self)
{
  g_autoptr(GVariant) value = NULL;

  if (self->settings == NULL)
    return NULL;
  value = g_settings_get_value (self->settings, "page-setup");
  if (g_variant_n_children (value) == 0)
    return NULL;
  return gtk_page_setup_new_from_gvariant (value);
}

static GtkPrintSettings *
saved_print_settings (LivcWindow *self)
{
  g_autoptr(GVariant) value = NULL;

  if (self->settings == NULL)
    return NULL;
  value = g_settings_get_value (self->settings, "print-settings");
  if (g_variant_n_children (value) == 0)
    return NULL;
  return gtk_print_settings_new_from_gvariant (value);
}

static void
print_with_lang (LivcWindow *self,
                 const char *lang)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(LivcReport) report = livc_report_new (livc_document_get_scores (self->document), lang);
  g_autoptr(GtkPageSetup) setup = saved_page_setup (self);
  g_autoptr(GtkPrintSettings) print_settings = saved_print_settings (self);
  g_autofree char *job = livc_document_dup_display_name (self->document);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (setup != NULL)
    gtk_print_operation_set_default_page_setup (operation, setup);
  if (print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, print_settings);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), report);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    livc_show_problems (GTK_WINDOW (self), _("Cannot Print the Report"), NULL, error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY && self->settings != NULL)
    {
      GtkPrintSettings *used = gtk_print_operation_get_print_settings (operation);
      GtkPageSetup *used_setup = gtk_print_operation_get_default_page_setup (operation);

      if (used != NULL)
        g_settings_set_value (self->settings, "print-settings", gtk_print_settings_to_gvariant (used));
      if (used_setup != NULL)
        g_settings_set_value (self->settings, "page-setup", gtk_page_setup_to_gvariant (used_setup));
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  choose_report_lang (LIVC_WINDOW (widget), _("Print"), print_with_lang);
}

static void
on_page_setup_done (GtkPageSetup *setup,
                    gpointer      user_data)
{
  LivcWindow *self = user_data;

  if (setup != NULL && self->settings != NULL)
    g_settings_set_value (self->settings, "page-setup", gtk_page_setup_to_gvariant (setup));
  g_object_unref (self);
}

static void
page_setup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  g_autoptr(GtkPageSetup) setup = saved_page_setup (self);
  g_autoptr(GtkPrintSettings) print_settings = saved_print_settings (self);

  if (print_settings == NULL)
    print_settings = gtk_print_settings_new ();
  gtk_print_run_page_setup_dialog_async (GTK_WINDOW (self), setup, print_settings,
                                         on_page_setup_done, g_object_ref (self));
}

/* Views */

static void
presentation_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  int position = 0;
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);

  /* Start at the first item of the domain on screen. */
  for (int d = 0; d < self->current_domain; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (livc_questionnaire_get_domains (q), (guint) d);
      position += (int) g_list_model_get_n_items (livc_domain_get_items (domain));
    }
  livc_presentation_view_set_position (self->presentation_view, (guint) position);
  gtk_stack_set_visible_child_name (self->main_stack, "presentation");
  gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->presentation_view));
  livc_window_update_actions (self);
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  LivcItem *item = livc_questionnaire_get_item (livc_document_get_questionnaire (self->document),
                                                livc_presentation_view_get_position (self->presentation_view));

  gtk_window_unfullscreen (GTK_WINDOW (self));
  gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  gtk_stack_set_visible_child_name (self->main_stack, "editor");
  livc_window_select_domain (self, (int) livc_domain_get_index (livc_item_get_domain (item)));
  livc_window_update_actions (self);
}

static void
show_results_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  livc_window_select_domain (LIVC_WINDOW (widget), -1);
}

static void
move_domain_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  int n = (int) g_list_model_get_n_items (livc_questionnaire_get_domains (livc_document_get_questionnaire (self->document)));
  int step = g_str_equal (action_name, "win.next-domain") ? 1 : -1;
  int current = self->current_domain < 0 ? n : self->current_domain;
  int next = CLAMP (current + step, 0, n);
  GtkWidget *first;

  livc_window_select_domain (self, next == n ? -1 : next);
  first = gtk_widget_get_first_child (GTK_WIDGET (self->item_list));
  if (next < n && first != NULL)
    gtk_widget_grab_focus (first);
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  const char *item_id;
  const char *value_text;
  int value;

  g_variant_get (parameter, "(&s&s)", &item_id, &value_text);
  if (livc_questionnaire_find_item (livc_document_get_questionnaire (self->document), item_id) == NULL)
    return;
  if (*value_text == '\0')
    value = LIVC_VALUE_NONE;
  else if (!livc_value_parse (value_text, &value))
    return;
  livc_document_rate (self->document, item_id, value);
}

static void
show_radar_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  gboolean visible = !gtk_widget_get_visible (self->radar_panel);

  gtk_widget_set_visible (self->radar_panel, visible);
  gtk_widget_set_visible (self->radar_separator, visible);
}

/* The shortcuts window is built the first time it is asked for, not with every window
 * (GtkApplication would build it for each window from gtk/help-overlay.ui). */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);

  if (self->shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/be/livcscan/app/livc-shortcuts.ui");

      self->shortcuts = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window")));
      gtk_window_set_transient_for (self->shortcuts, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts, TRUE);
    }
  gtk_window_present (self->shortcuts);
}

static void
questionnaire_lang_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  livc_window_set_questionnaire_lang (LIVC_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

void
livc_window_update_actions (LivcWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has = self->document != NULL;
  gboolean presenting = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "presentation") == 0;
  const char *doc_actions[] = { "win.save", "win.save-as", "win.export-pdf", "win.print",
                                "win.show-results", "win.next-domain", "win.previous-domain",
                                "win.rate", "win.show-radar", "win.questionnaire-language",
                                "win.team-members", "win.round", "win.reveal", "win.agenda" };

  for (guint i = 0; i < G_N_ELEMENTS (doc_actions); i++)
    gtk_widget_action_set_enabled (widget, doc_actions[i], has && !presenting);
  gtk_widget_action_set_enabled (widget, "win.presentation", has && !presenting);
  gtk_widget_action_set_enabled (widget, "win.leave-presentation", presenting);
}

/* Close confirmation */

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   LivcWindow       *self)
{
  if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      livc_document_discard_recovery (self->document);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_later, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_confirmed = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
}

void
livc_window_confirm_close (LivcWindow *self)
{
  g_autofree char *name = livc_document_dup_display_name (self->document);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. Changes that are not saved are "
                                    "lost for good if you discard them."), name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Recovery */

static void
restore_entries (LivcWindow *self,
                 GPtrArray  *entries)
{
  for (guint i = 0; i < entries->len; i++)
    {
      LivcRecoveryEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LivcDocument) document = NULL;
      LivcWindow *target;

      document = livc_document_load (entry->assessment_path,
                                     entry->original_path ? entry->original_path : entry->assessment_path,
                                     entry->questionnaire_path, diag, &error);
      if (document == NULL)
        {
          livc_show_problems (GTK_WINDOW (self), _("Cannot Restore the Unsaved Work"), diag, error);
          continue;
        }
      livc_document_set_path (document, entry->original_path);
      livc_document_set_recovery_id (document, entry->id);
      livc_document_set_modified (document, TRUE);
      target = livc_window_for_new_document (self);
      livc_window_set_document (target, document, NULL);
    }
}

static void
on_recovery_response (AdwMessageDialog *dialog,
                      const char       *response,
                      LivcWindow       *self)
{
  GPtrArray *entries = g_object_get_data (G_OBJECT (dialog), "entries");

  if (g_str_equal (response, "restore"))
    restore_entries (self, entries);
  else if (g_str_equal (response, "discard"))
    for (guint i = 0; i < entries->len; i++)
      livc_recovery_remove (((LivcRecoveryEntry *) g_ptr_array_index (entries, i))->id);
}

static void
show_recovery_offer (LivcWindow *self,
                     GPtrArray  *listed)
{
  g_autoptr(GPtrArray) entries = listed;
  g_autoptr(GString) body = g_string_new (NULL);
  GtkWidget *dialog;

  if (entries->len == 0)
    return;
  g_string_append (body, g_dngettext (GETTEXT_PACKAGE,
                                      "LIVC Scan stopped before this assessment was saved. Its "
                                      "last changes were kept:",
                                      "LIVC Scan stopped before these assessments were saved. "
                                      "Their last changes were kept:", entries->len));
  for (guint i = 0; i < entries->len; i++)
    {
      LivcRecoveryEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(LivcAssessment) a = livc_load_assessment (entry->assessment_path, NULL, NULL);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (entry->saved_at / G_USEC_PER_SEC);
      g_autofree char *when_text = when ? g_date_time_format (when, "%Y-%m-%d %H:%M") : g_strdup ("");
      g_autofree char *names = a ? livc_assessment_dup_municipality_names (a, " · ") : NULL;
      guint answered = 0;

      if (a != NULL)
        for (guint j = 0; j < g_list_model_get_n_items (livc_assessment_get_answers (a)); j++)
          {
            g_autoptr(LivcAnswer) answer = g_list_model_get_item (livc_assessment_get_answers (a), j);
            answered += livc_answer_get_value (answer) != LIVC_VALUE_NONE ||
                        livc_answer_get_n_ratings (answer) > 0;
          }
      g_string_append_printf (body, "\n• %s %s — ", names != NULL && *names ? names : _("New assessment"),
                              a != NULL && livc_assessment_get_date (a) ? livc_assessment_get_date (a) : "");
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u answer, kept at %s",
                                                 "%u answers, kept at %s", answered),
                              answered, when_text);
      /* The path comes from the recovery folder: the user sees it before Save writes there. */
      if (entry->original_path != NULL)
        {
          g_string_append (body, "\n   ");
          g_string_append_printf (body, _("Save will write to %s"), entry->original_path);
        }
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore Unsaved Work?"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  gtk_widget_add_css_class (dialog, "recovery-dialog");
  g_object_set_data_full (G_OBJECT (dialog), "entries", g_steal_pointer (&entries),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_recovery_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_recovery_listed (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(LivcWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = livc_recovery_list_finish (result, &error);

  /* A window closed in the meantime has left the application. */
  if (gtk_window_get_application (GTK_WINDOW (self)) == NULL)
    g_clear_pointer (&entries, g_ptr_array_unref);
  else if (entries != NULL)
    show_recovery_offer (self, entries);
  else
    livc_show_problems (GTK_WINDOW (self), _("Unsaved Work Cannot Be Offered"), NULL, error);
}

/* Listed in a worker thread with a time limit: the window shows first, whatever the folder
 * holds or however slow its disk is. */
void
livc_window_offer_recovery (LivcWindow *self)
{
  g_return_if_fail (LIVC_IS_WINDOW (self));

  livc_recovery_list_async (NULL, 0, NULL, on_recovery_listed, g_object_ref (self));
}

void
livc_window_actions_init (LivcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.page-setup", NULL, page_setup_action);
  gtk_widget_class_install_action (widget_class, "win.presentation", NULL, presentation_action);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL,
                                   leave_presentation_action);
  gtk_widget_class_install_action (widget_class, "win.show-results", NULL, show_results_action);
  gtk_widget_class_install_action (widget_class, "win.next-domain", NULL, move_domain_action);
  gtk_widget_class_install_action (widget_class, "win.previous-domain", NULL, move_domain_action);
  gtk_widget_class_install_action (widget_class, "win.rate", "(ss)", rate_action);
  gtk_widget_class_install_action (widget_class, "win.show-radar", NULL, show_radar_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.questionnaire-language", "s",
                                   questionnaire_lang_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.show-results", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "win.next-domain", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "win.previous-domain", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-radar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
