/* livc-window-recovery.c: the offer, once the first window shows, of the work that was
 * not saved when LIVC Scan last stopped: listed in a worker thread, each copy with its
 * members, date, answers and the file Save will write to; restored into windows of its own.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-problems-dialog.h"
#include "livc-window-private.h"

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
      const char *path = entry->original_path ? entry->original_path : entry->assessment_path;
      LivcWindow *target;

      document = livc_document_load (entry->assessment_path, path, entry->questionnaire_path, diag,
                                     &error);
      if (document == NULL)
        {
          livc_show_problems (GTK_WINDOW (self), _("Cannot Restore the Unsaved Work"), diag, error);
          continue;
        }
      livc_document_set_path (document, entry->original_path);
      livc_document_set_recovery_id (document, entry->id);
      livc_document_set_modified (document, TRUE);
      target = _livc_window_for_new_document (self);
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
  AdwMessageDialog *dialog;

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
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (entry->saved_at /
                                                                   G_USEC_PER_SEC);
      g_autofree char *when_text = when ? g_date_time_format (when, "%Y-%m-%d %H:%M")
                                        : g_strdup ("");
      g_autofree char *names = a ? livc_assessment_dup_isolated_names (a, " · ") : NULL;
      const char *date = a != NULL ? livc_assessment_get_date (a) : NULL;
      guint answered = 0;

      if (a != NULL)
        for (guint j = 0; j < g_list_model_get_n_items (livc_assessment_get_answers (a)); j++)
          {
            GListModel *answers = livc_assessment_get_answers (a);
            g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, j);
            answered += livc_answer_get_value (answer) != LIVC_VALUE_NONE ||
                        livc_answer_get_n_ratings (answer) > 0;
          }
      g_string_append_printf (body, "\n• %s %s — ",
                              names != NULL && *names ? names : _("New assessment"),
                              date != NULL ? date : "");
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u answer, kept at %s",
                                                 "%u answers, kept at %s", answered),
                              answered, when_text);
      /* The path comes from the recovery folder: the user sees it before Save writes there. */
      if (entry->original_path != NULL)
        {
          g_autofree char *target = livc_text_isolate (entry->original_path);

          g_string_append (body, "\n   ");
          g_string_append_printf (body, _("Save will write to %s"), target);
        }
    }

  dialog = _livc_window_new_question (self, _("Restore Unsaved Work?"),
                                      "later", _("_Later"),
                                      "restore", _("_Restore"));
  adw_message_dialog_set_body (dialog, body->str);
  gtk_widget_add_css_class (GTK_WIDGET (dialog), "recovery-dialog");
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
