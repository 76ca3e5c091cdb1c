/* livc-team-dialog.c: the members of the team who rate. Each has a role and, only if the
 * team wants, a name: a role is enough, and it is what reports show when there is no name.
 * Edits apply at once, like everything else in an assessment, and autosave covers them.
 * Removing a member who has rated asks first, because their ratings go with them; either
 * removal can be undone from its toast or with Ctrl+Z.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-team-dialog.h"

struct _LivcTeamDialog
{
  AdwWindow        parent_instance;
  LivcDocument    *document;
  GtkListBox      *list;
  AdwToastOverlay *toast_overlay;
  GtkWidget       *empty_label;
  GPtrArray       *entries;   /* GtkEntry*, role then name per member */
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (LivcTeamDialog, livc_team_dialog, ADW_TYPE_WINDOW)

static GListModel *
participants (LivcTeamDialog *self)
{
  return livc_assessment_get_participants (livc_document_get_assessment (self->document));
}

static LivcParticipant *
member_at (LivcTeamDialog *self,
           guint           index)
{
  LivcParticipant *p = g_list_model_get_item (participants (self), index);

  if (p != NULL)
    g_object_unref (p); /* the assessment holds it */
  return p;
}

static void
on_entry_changed (GtkEditable    *editable,
                  LivcTeamDialog *self)
{
  guint index;
  LivcParticipant *p;
  g_autofree char *text = NULL;

  if (self->updating || !g_ptr_array_find (self->entries, editable, &index))
    return;
  p = member_at (self, index / 2);
  if (p == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  if (index % 2 == 0)
    livc_participant_set_role (p, *text != '\0' ? text : NULL);
  else
    livc_participant_set_name (p, *text != '\0' ? text : NULL);
}

static guint
count_ratings (LivcTeamDialog  *self,
               LivcParticipant *p)
{
  GListModel *answers = livc_assessment_get_answers (livc_document_get_assessment (self->document));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      n += livc_answer_get_rating_for (answer, livc_participant_get_id (p)) != LIVC_VALUE_NONE;
    }
  return n;
}

static void
remove_member (LivcTeamDialog  *self,
               LivcParticipant *p)
{
  AdwToast *toast = adw_toast_new (_("Member removed"));

  livc_assessment_remove_participant (livc_document_get_assessment (self->document), p);
  livc_history_flush (livc_document_get_history (self->document));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "team.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_remove_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LivcTeamDialog   *self)
{
  LivcParticipant *p = g_object_get_data (G_OBJECT (dialog), "member");

  if (g_str_equal (response, "remove") && p != NULL)
    remove_member (self, p);
}

static void
on_remove_clicked (GtkButton      *button,
                   LivcTeamDialog *self)
{
  livc_team_dialog_remove (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
}

/* Enter goes on as a form does: from a role to its name, from a name to the next member's
 * role, and from the last name to a new member. */
static void
on_entry_activate (GtkEntry       *entry,
                   LivcTeamDialog *self)
{
  guint index;

  if (!g_ptr_array_find (self->entries, entry, &index))
    return;
  if (index + 1 < self->entries->len)
    gtk_widget_grab_focus (g_ptr_array_index (self->entries, index + 1));
  else
    livc_team_dialog_add_member (self);
}

static GtkWidget *
member_entry (LivcTeamDialog *self,
              const char     *text,
              const char     *placeholder,
              const char     *accessible)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_ptr_array_add (self->entries, entry);
  return entry;
}

static void
rebuild (LivcTeamDialog *self)
{
  GtkWidget *child;
  guint n = g_list_model_get_n_items (participants (self));

  self->updating = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->entries, 0);
  for (guint i = 0; i < n; i++)
    {
      LivcParticipant *p = member_at (self, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *role_label = g_strdup_printf (_("Role of member %u"), i + 1);
      g_autofree char *name_label = g_strdup_printf (_("Name of member %u (optional)"), i + 1);
      g_autofree char *remove_label = g_strdup_printf (_("Remove member %u"), i + 1);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 6);
      gtk_box_append (GTK_BOX (box), member_entry (self, livc_participant_get_role (p),
                                                   _("Role, e.g. prevention officer"), role_label));
      gtk_box_append (GTK_BOX (box), member_entry (self, livc_participant_get_name (p),
                                                   _("Name (optional)"), name_label));
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, remove_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_label, -1);
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
      gtk_box_append (GTK_BOX (box), remove);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
  gtk_widget_set_visible (self->empty_label, n == 0);
  self->updating = FALSE;
}

static void
on_add_clicked (GtkButton      *button,
                LivcTeamDialog *self)
{
  livc_team_dialog_add_member (self);
}

/* The dialog is modal: the window's undo cannot be reached while it is open. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LivcTeamDialog *self = LIVC_TEAM_DIALOG (widget);
  LivcHistory *history = livc_document_get_history (self->document);

  if (g_str_equal (action_name, "team.undo") ? livc_history_undo (history)
                                             : livc_history_redo (history))
    rebuild (self);
}

static void
livc_team_dialog_dispose (GObject *object)
{
  LivcTeamDialog *self = LIVC_TEAM_DIALOG (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (participants (self), self);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIVC_TYPE_TEAM_DIALOG);
  G_OBJECT_CLASS (livc_team_dialog_parent_class)->dispose (object);
}

static void
livc_team_dialog_finalize (GObject *object)
{
  g_ptr_array_unref (LIVC_TEAM_DIALOG (object)->entries);
  G_OBJECT_CLASS (livc_team_dialog_parent_class)->finalize (object);
}

static void
livc_team_dialog_class_init (LivcTeamDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_team_dialog_dispose;
  object_class->finalize = livc_team_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-team-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcTeamDialog, list);
  gtk_widget_class_bind_template_child (widget_class, LivcTeamDialog, empty_label);
  gtk_widget_class_bind_template_child (widget_class, LivcTeamDialog, toast_overlay);
  gtk_widget_class_install_action (widget_class, "team.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "team.redo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "team.undo",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "team.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "team.redo", NULL);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
livc_team_dialog_init (LivcTeamDialog *self)
{
  self->entries = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

LivcTeamDialog *
livc_team_dialog_new (GtkWindow    *parent,
                      LivcDocument *document)
{
  LivcTeamDialog *self;

  g_return_val_if_fail (LIVC_IS_DOCUMENT (document), NULL);

  self = g_object_new (LIVC_TYPE_TEAM_DIALOG, "modal", TRUE, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_swapped (participants (self), "items-changed", G_CALLBACK (rebuild), self);
  rebuild (self);
  return self;
}

/* A new member, with the focus on their role. */
void
livc_team_dialog_add_member (LivcTeamDialog *self)
{
  LivcAssessment *a;
  g_autofree char *id = NULL;
  g_autoptr(LivcParticipant) p = NULL;
  guint n;

  g_return_if_fail (LIVC_IS_TEAM_DIALOG (self));

  a = livc_document_get_assessment (self->document);
  id = livc_assessment_new_participant_id (a);
  p = livc_participant_new (id, NULL, NULL);
  livc_assessment_add_participant (a, p);
  n = g_list_model_get_n_items (participants (self));
  if (n > 0 && self->entries->len >= 2 * n)
    gtk_widget_grab_focus (g_ptr_array_index (self->entries, 2 * (n - 1)));
}

GtkEntry *
livc_team_dialog_get_entry (LivcTeamDialog *self,
                            guint           member,
                            gboolean        name)
{
  guint index = 2 * member + (name ? 1 : 0);

  g_return_val_if_fail (LIVC_IS_TEAM_DIALOG (self), NULL);
  return index < self->entries->len ? g_ptr_array_index (self->entries, index) : NULL;
}

/* Removes at once a member who has not rated yet; asks first for one who has. */
void
livc_team_dialog_remove (LivcTeamDialog *self,
                         guint           member)
{
  LivcParticipant *p;
  guint n;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (LIVC_IS_TEAM_DIALOG (self));

  p = member_at (self, member);
  if (p == NULL)
    return;
  n = count_ratings (self, p);
  if (n == 0)
    {
      remove_member (self, p);
      return;
    }
  label = livc_text_isolate (livc_participant_get_label (p));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "“%s” has rated %u item. The rating is removed with them.",
                                       "“%s” has rated %u items. "
                                       "Their ratings are removed with them.",
                                       n),
                          label, n);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Remove Member?"),
                                                       body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_widget_add_css_class (GTK_WIDGET (dialog), "remove-member-dialog");
  g_object_set_data_full (G_OBJECT (dialog), "member", g_object_ref (p), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}
