/* livc-window-actions.c: the main window's actions: new, open, save, save as, export PDF,
 * print and page setup, presentation mode, moving between domains, rating, and the close
 * confirmation. Outside the window, only its API in livc-window.h leads here (saving and
 * exporting to a file); its own files share the rest through livc-window-private.h.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-file-dialogs.h"
#include "livc-item-row.h"
#include "livc-new-dialog.h"
#include "livc-print-operation.h"
#include "livc-problems-dialog.h"
#include "livc-report-language-dialog.h"
#include "livc-settings.h"
#include "livc-window-private.h"

/* The window closes once the dialog is gone: closing its transient parent from inside the
 * dialog's own response would pull the parent from under it. */
static gboolean
close_later (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
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
  livc_last_folder_restore (GTK_FILE_CHOOSER (chooser), self->settings, NULL);
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
  LivcWindow *target = _livc_window_for_new_document (self);

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

static gboolean
save_to (LivcWindow  *self,
         GFile       *file,
         gboolean     overwrite,
         GError     **error)
{
  g_autofree char *path = livc_file_dup_local_path (file, error);

  if (path == NULL)
    return FALSE;
  if (!livc_document_save_full (self->document, path, overwrite, error))
    return FALSE;
  _livc_window_add_recent (self, path);
  return TRUE;
}

/* Saves to file; a save over the document's own file that another window, instance or
 * program changed since fails with LIVC_DOCUMENT_ERROR_CHANGED_ON_DISK. */
gboolean
livc_window_save_to (LivcWindow  *self,
                     GFile       *file,
                     GError     **error)
{
  g_return_val_if_fail (LIVC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  return save_to (self, file, FALSE, error);
}

static void save_as_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter);
static void save_and_report (LivcWindow *self,
                             GFile      *file,
                             gboolean    overwrite);

static void
on_conflict_response (AdwMessageDialog *dialog,
                      const char       *response,
                      LivcWindow       *self)
{
  if (self->document == NULL)
    return;
  if (g_str_equal (response, "overwrite"))
    {
      g_autoptr(GFile) file = g_file_new_for_path (livc_document_get_path (self->document));

      save_and_report (self, file, TRUE);
      return;
    }
  if (g_str_equal (response, "save-as"))
    {
      save_as_action (GTK_WIDGET (self), "win.save-as", NULL);
      return;
    }
  self->close_confirmed = FALSE;
  if (g_str_equal (response, "reload"))
    _livc_window_reload (self);
}

/* The file changed elsewhere since it was opened here: the user chooses whose answers stay.
 * Nothing is replaced without that choice. */
static void
ask_about_conflict (LivcWindow *self)
{
  g_autofree char *base = g_filename_display_basename (livc_document_get_path (self->document));
  g_autofree char *name = livc_text_isolate (base);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("The File Was Changed Elsewhere"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” was changed by another program or window since it was "
                                    "opened here. Saving now would replace those changes. "
                                    "Reload shows them and drops the changes made here; Save As "
                                    "keeps both."), name);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reload", _("_Reload"),
                                    "overwrite", _("_Overwrite"), "save-as", _("Save _As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_widget_add_css_class (GTK_WIDGET (dialog), "conflict-dialog");
  g_signal_connect (dialog, "response", G_CALLBACK (on_conflict_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_and_report (LivcWindow *self,
                 GFile      *file,
                 gboolean    overwrite)
{
  g_autoptr(GError) error = NULL;

  if (!save_to (self, file, overwrite, &error))
    {
      if (g_error_matches (error, LIVC_DOCUMENT_ERROR, LIVC_DOCUMENT_ERROR_CHANGED_ON_DISK))
        ask_about_conflict (self);
      else
        livc_show_problems (GTK_WINDOW (self), _("Cannot Save the Assessment"), NULL, error);
      return;
    }
  _livc_window_toast (self, _("Saved"));
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
      save_and_report (self, file, FALSE);
    }
  else
    self->close_confirmed = FALSE;
  g_clear_object (&self->chooser);
}

/* "aalst-2026-11-21": the name a new file of this assessment starts from. */
static char *
suggested_stem (LivcWindow *self)
{
  LivcAssessment *a = livc_document_get_assessment (self->document);
  g_autofree char *names = livc_assessment_dup_municipality_names (a, "-");
  const char *date = livc_assessment_get_date (a);
  g_autofree char *stem = g_strdup_printf ("%s-%s", names != NULL && *names ? names : "livc-scan",
                                           date != NULL ? date : "");

  g_strdelimit (stem, "/\\:", '-');
  return g_steal_pointer (&stem);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = livc_assessment_filter ();
  g_autofree char *stem = suggested_stem (self);
  g_autofree char *name = g_strconcat (stem, ".xml", NULL);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Assessment"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  livc_last_folder_restore (GTK_FILE_CHOOSER (chooser), self->settings,
                            livc_document_get_path (self->document));
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
    save_and_report (self, file, FALSE);
  }
}

/* The file changed elsewhere, and the user keeps the answers of this window. */
static void
overwrite_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  g_autoptr(GFile) file = NULL;

  if (livc_document_get_path (self->document) == NULL)
    return;
  file = g_file_new_for_path (livc_document_get_path (self->document));
  save_and_report (self, file, TRUE);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _livc_window_reload (LIVC_WINDOW (widget));
}

/* Export and print */

/* The logo of the settings on the report's cover; when it cannot be used, a toast says so
 * and the report goes without it. */
static void
set_logo (LivcWindow *self,
          LivcReport *report)
{
  g_autofree char *problem = livc_settings_set_report_logo (self->settings, report);

  if (problem != NULL)
    _livc_window_toast (self, problem);
}

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

  path = livc_file_dup_local_path (file, error);
  if (path == NULL)
    return FALSE;
  report = livc_report_new (livc_document_get_scores (self->document), lang);
  set_logo (self, report);
  return livc_report_write_pdf (report, path, error);
}

static void
on_export_chosen (GtkWindow  *window,
                  GFile      *file,
                  const char *lang)
{
  LivcWindow *self = LIVC_WINDOW (window);
  g_autoptr(GError) error = NULL;

  if (!livc_window_export_pdf_to (self, lang, file, &error))
    livc_show_problems (window, _("Cannot Export the Report"), NULL, error);
  else
    _livc_window_toast (self, _("Report exported"));
}

static void
export_with_lang (GtkWindow  *window,
                  const char *lang)
{
  LivcWindow *self = LIVC_WINDOW (window);
  g_autofree char *stem = suggested_stem (self);
  g_autofree char *name = livc_export_file_name (stem, lang, "pdf");
  g_autoptr(GtkFileFilter) filter = livc_pdf_filter ();

  g_clear_object (&self->chooser);
  self->chooser = livc_export_chooser_show (window, _("Export the Report"), filter, name, lang,
                                            self->settings,
                                            livc_document_get_path (self->document),
                                            on_export_chosen);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  livc_report_language_dialog_present (GTK_WINDOW (widget), _("Export PDF"),
                                       LIVC_WINDOW (widget)->settings, export_with_lang);
}

static void
print_with_lang (GtkWindow  *window,
                 const char *lang)
{
  LivcWindow *self = LIVC_WINDOW (window);
  g_autoptr(LivcReport) report = livc_report_new (livc_document_get_scores (self->document), lang);
  g_autoptr(LivcPrintOperation) operation = NULL;
  g_autofree char *job = livc_document_dup_display_name (self->document);

  set_logo (self, report);
  operation = livc_print_operation_new (report, self->settings);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (operation), job);
  livc_print_operation_run_dialog (operation, window);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  livc_report_language_dialog_present (GTK_WINDOW (widget), _("Print"),
                                       LIVC_WINDOW (widget)->settings, print_with_lang);
}

static void
page_setup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  livc_print_operation_page_setup (GTK_WINDOW (widget), LIVC_WINDOW (widget)->settings);
}

/* Views */

/* The item the keyboard is on (an item row, or a member's cell in the round), else the
 * first of the domain on screen, else the first: where presentation mode starts. */
static guint
current_position (LivcWindow *self)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  GListModel *domains = livc_questionnaire_get_domains (q);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, LIVC_TYPE_ITEM_ROW) : NULL;
  LivcItem *item = NULL;
  guint domain = self->current_domain >= 0 ? (guint) self->current_domain : 0;
  guint position = 0;

  if (row != NULL)
    item = livc_item_row_get_item (LIVC_ITEM_ROW (row));
  else if (focus != NULL && self->round_mode)
    item = livc_round_view_get_item_of (self->round_view, focus);
  if (item != NULL)
    domain = livc_domain_get_index (livc_item_get_domain (item));
  for (guint d = 0; d < domain; d++)
    {
      g_autoptr(LivcDomain) before = g_list_model_get_item (domains, d);

      position += g_list_model_get_n_items (livc_domain_get_items (before));
    }
  return position + (item != NULL ? livc_item_get_position (item) : 0);
}

static void
presentation_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);

  livc_presentation_view_set_position (self->presentation_view, current_position (self));
  gtk_stack_set_visible_child_name (self->main_stack, "presentation");
  gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->presentation_view));
  _livc_window_update_actions (self);
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  guint position = livc_presentation_view_get_position (self->presentation_view);
  LivcItem *item = livc_questionnaire_get_item (livc_document_get_questionnaire (self->document),
                                                position);

  gtk_window_unfullscreen (GTK_WINDOW (self));
  gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  gtk_stack_set_visible_child_name (self->main_stack, "editor");
  livc_window_select_domain (self, (int) livc_domain_get_index (livc_item_get_domain (item)));
  _livc_window_update_actions (self);
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
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  int n = (int) g_list_model_get_n_items (livc_questionnaire_get_domains (q));
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
  if (livc_questionnaire_find_item (livc_document_get_questionnaire (self->document),
                                    item_id) == NULL)
    return;
  if (*value_text == '\0')
    value = LIVC_VALUE_NONE;
  else if (!livc_value_parse (value_text, &value))
    return;
  livc_document_rate (self->document, item_id, value);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  LivcHistory *history = livc_document_get_history (self->document);

  if (g_str_equal (action_name, "win.undo"))
    livc_history_undo (history);
  else
    livc_history_redo (history);
}

/* Something was removed or cleared: said in passing, with the way back. */
static void
removed_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  AdwToast *toast = adw_toast_new (g_variant_get_string (parameter, NULL));

  /* The removal is its own step: Undo takes back that and nothing typed after it. */
  livc_history_flush (livc_document_get_history (self->document));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_radar_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);

  /* Beside the content on a wide window, over it on a narrow one. */
  adw_flap_set_reveal_flap (self->radar_flap, !adw_flap_get_reveal_flap (self->radar_flap));
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
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/be/livcscan/app/livc-shortcuts.ui");

      self->shortcuts = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder,
                                                                          "shortcuts_window")));
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
  _livc_window_set_questionnaire_lang (LIVC_WINDOW (widget),
                                       g_variant_get_string (parameter, NULL));
}

void
_livc_window_update_actions (LivcWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has = self->document != NULL;
  gboolean presenting = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack),
                                   "presentation") == 0;
  const char *doc_actions[] = { "win.save", "win.save-as", "win.overwrite", "win.reload",
                                "win.export-pdf", "win.print",
                                "win.show-results", "win.next-domain", "win.previous-domain",
                                "win.rate", "win.show-radar", "win.questionnaire-language",
                                "win.team-members", "win.round", "win.reveal", "win.agenda",
                                "win.removed" };
  LivcHistory *history = has ? livc_document_get_history (self->document) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (doc_actions); i++)
    gtk_widget_action_set_enabled (widget, doc_actions[i], has && !presenting);
  gtk_widget_action_set_enabled (widget, "win.presentation", has && !presenting);
  gtk_widget_action_set_enabled (widget, "win.leave-presentation", presenting);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 has && !presenting && livc_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 has && !presenting && livc_history_get_can_redo (history));
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
_livc_window_confirm_close (LivcWindow *self)
{
  g_autofree char *name = livc_document_dup_display_name (self->document);
  AdwMessageDialog *dialog = _livc_window_new_question (self, _("Save Changes?"),
                                                        "cancel", _("_Cancel"),
                                                        "save", _("_Save"));

  adw_message_dialog_format_body (dialog,
                                  _("“%s” has unsaved changes. Changes that are not saved are "
                                    "lost for good if you discard them."), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_livc_window_class_actions_init (LivcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.overwrite", NULL, overwrite_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
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
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.removed", "s", removed_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.questionnaire-language", "s",
                                   questionnaire_lang_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.leave-presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "win.show-results", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "win.next-domain", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "win.previous-domain", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-radar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}
