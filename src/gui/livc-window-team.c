/* livc-window-team.c: the team's consensus meeting in the main window: its members, the
 * individual round (on this machine, hidden until the reveal if the team wants), the
 * members' own files merged into one team assessment, and the discussion agenda.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-file-dialogs.h"
#include "livc-problems-dialog.h"
#include "livc-team-dialog.h"
#include "livc-window-private.h"

static void
team_members_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  LivcTeamDialog *dialog;
  GListModel *participants;

  if (self->document == NULL)
    return;
  dialog = livc_team_dialog_new (GTK_WINDOW (self), self->document);
  gtk_window_present (GTK_WINDOW (dialog));
  participants = livc_assessment_get_participants (livc_document_get_assessment (self->document));
  if (g_list_model_get_n_items (participants) == 0)
    livc_team_dialog_add_member (dialog);
}

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);

  if (self->document == NULL)
    return;
  livc_document_set_ratings_hidden (self->document, FALSE);
  _livc_window_show_agenda (self);
}

static void
agenda_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);

  if (self->document != NULL)
    _livc_window_show_agenda (self);
}

/* Every file must load; the first one's questionnaire is the team's, and the merge
 * refuses files of another questionnaire. The result is a new, unsaved assessment. */
gboolean
livc_window_merge_files (LivcWindow *self,
                         GListModel *files)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) assessments = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(LivcAssessment) team = NULL;
  g_autoptr(LivcDocument) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;
  LivcDocument *first;
  LivcWindow *target;
  guint n = g_list_model_get_n_items (files);

  g_return_val_if_fail (LIVC_IS_WINDOW (self), FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autoptr(LivcDiagnostics) diag = livc_diagnostics_new ();
      LivcDocument *document = _livc_window_load_file (self, file, _("Cannot Merge the Files"),
                                                        diag);

      if (document == NULL)
        return FALSE;
      g_ptr_array_add (documents, document);
      g_ptr_array_add (assessments, livc_document_get_assessment (document));
      g_ptr_array_add (names, g_file_get_path (file));
    }
  if (n == 0)
    return FALSE;
  team = livc_merge ((LivcAssessment * const *) assessments->pdata,
                     (const char * const *) names->pdata, n, &error);
  if (team == NULL)
    {
      livc_show_problems (GTK_WINDOW (self), _("Cannot Merge the Files"), NULL, error);
      return FALSE;
    }
  first = g_ptr_array_index (documents, 0);
  merged = livc_document_new (livc_document_get_questionnaire (first), team);
  livc_document_set_questionnaire_path (merged, livc_document_get_questionnaire_path (first));
  target = _livc_window_for_new_document (self);
  livc_window_set_document (target, merged, NULL);
  /* Unsaved, but kept from the first minute like a new assessment. */
  livc_document_set_modified (merged, TRUE);
  livc_document_autosave_now (merged, NULL);
  toast = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file merged: %u members",
                                        "%u files merged: %u members", n),
                           n, g_list_model_get_n_items (livc_assessment_get_participants (team)));
  _livc_window_toast (target, toast);
  _livc_window_show_agenda (target);
  return TRUE;
}

static void
on_merge_response (GtkNativeDialog *chooser,
                   int              response,
                   LivcWindow      *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      livc_window_merge_files (self, files);
    }
  g_clear_object (&self->chooser);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LivcWindow *self = LIVC_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = livc_assessment_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Merge the Members’ Files"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Merge"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  livc_last_folder_restore (GTK_FILE_CHOOSER (chooser), self->settings, NULL);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (on_merge_response), self);
  gtk_native_dialog_show (self->chooser);
}

void
_livc_window_class_team_init (LivcWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.team-members", NULL, team_members_action);
  gtk_widget_class_install_action (widget_class, "win.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "win.agenda", NULL, agenda_action);
  gtk_widget_class_install_action (widget_class, "win.merge", NULL, merge_action);
  gtk_widget_class_install_property_action (widget_class, "win.round", "round-mode");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "win.round", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK,
                                       "win.team-members", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "win.agenda", NULL);
}
