/* livc-action-row.c: one action of the action plan. Each field writes to the action as it
 * is typed; the list is bound to the assessment's actions, so editing never rebuilds the
 * row being typed in, and a field follows its action when an undo changes it. The due
 * date is typed the Belgian way or as ISO, or picked on a calendar; what is not a date
 * stays in the field, explained under it, and only a real date reaches the file.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-action-row.h"
#include "livc-date-button.h"

struct _LivcActionRow
{
  GtkListBoxRow   parent_instance;
  LivcAssessment *assessment;
  LivcAction     *action;   /* NULL while the fields are filled in */

  /* Template widgets */
  GtkLabel       *about_label;
  GtkEditable    *text_entry;
  GtkEditable    *owner_entry;
  GtkEditable    *due_entry;
  GtkLabel       *due_error;
  GtkDropDown    *status_dropdown;
  GtkWidget      *due_button;
  GtkEventControllerFocus *due_focus;
};

G_DEFINE_FINAL_TYPE (LivcActionRow, livc_action_row, GTK_TYPE_LIST_BOX_ROW)

static void
on_text_changed (GtkEditable   *editable,
                 LivcActionRow *self)
{
  if (self->action != NULL)
    livc_action_set_text (self->action, gtk_editable_get_text (editable));
}

static void
on_owner_changed (GtkEditable   *editable,
                  LivcActionRow *self)
{
  const char *text = gtk_editable_get_text (editable);

  if (self->action != NULL)
    livc_action_set_owner (self->action, *text ? text : NULL);
}

static void
on_due_changed (GtkEditable   *editable,
                LivcActionRow *self)
{
  const char *text = gtk_editable_get_text (editable);
  g_autofree char *iso = NULL;
  g_autofree char *explanation = NULL;
  gboolean valid, shown;

  if (self->action == NULL)
    return;
  /* Only a real date reaches the file, as ISO; anything else stays in the field, marked
   * and explained under it, and is not saved. */
  iso = livc_date_parse (text);
  valid = *text == '\0' || iso != NULL;
  if (valid)
    livc_action_set_due (self->action, iso);
  /* Not while the date is being typed ("31/" is no date yet): once the field is left. */
  shown = !valid && !gtk_event_controller_focus_contains_focus (self->due_focus);
  if (shown)
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  explanation = *text != '\0' ? livc_date_explain (text) : NULL;
  gtk_label_set_text (self->due_error, shown ? explanation : "");
  gtk_widget_set_visible (GTK_WIDGET (self->due_error), shown);
  gtk_widget_set_tooltip_text (GTK_WIDGET (editable), explanation);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editable), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  explanation != NULL ? explanation : "", -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (editable), GTK_ACCESSIBLE_STATE_INVALID,
                               valid ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE,
                               -1);
}

static void
on_due_left (LivcActionRow *self)
{
  on_due_changed (self->due_entry, self);
}

static void
on_status_selected (GtkDropDown   *dropdown,
                    GParamSpec    *pspec,
                    LivcActionRow *self)
{
  if (self->action != NULL)
    livc_action_set_status (self->action, (LivcActionStatus) gtk_drop_down_get_selected (dropdown));
}

static void
set_text_if_other (GtkEditable *editable,
                   const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

/* The action changed from elsewhere (an undo, a redo): the fields follow, unless they
 * already say it (as when it is what was just typed there). */
static void
on_action_notify (LivcAction    *action,
                  GParamSpec    *pspec,
                  LivcActionRow *self)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "text"))
    set_text_if_other (self->text_entry, livc_action_get_text (action));
  else if (g_str_equal (name, "owner"))
    set_text_if_other (self->owner_entry, livc_action_get_owner (action));
  else if (g_str_equal (name, "due"))
    {
      g_autofree char *typed = livc_date_parse (gtk_editable_get_text (self->due_entry));

      if (g_strcmp0 (typed, livc_action_get_due (action)) != 0)
        set_text_if_other (self->due_entry, livc_action_get_due (action));
    }
  else if (g_str_equal (name, "status") &&
           gtk_drop_down_get_selected (self->status_dropdown) !=
           (guint) livc_action_get_status (action))
    gtk_drop_down_set_selected (self->status_dropdown, livc_action_get_status (action));
}

static void
on_remove_clicked (GtkButton     *button,
                   LivcActionRow *self)
{
  g_autoptr(LivcAction) action = g_object_ref (self->action);
  /* The row goes with the action: the window tells, with the way back. */
  g_autoptr(GtkWidget) root = GTK_WIDGET (g_object_ref (gtk_widget_get_root (GTK_WIDGET (self))));

  livc_assessment_remove_action (self->assessment, action);
  gtk_widget_activate_action (root, "win.removed", "s", _("Action removed"));
}

static void
livc_action_row_dispose (GObject *object)
{
  LivcActionRow *self = LIVC_ACTION_ROW (object);

  if (self->action != NULL)
    g_signal_handlers_disconnect_by_func (self->action, on_action_notify, self);
  g_clear_object (&self->action);
  g_clear_object (&self->assessment);
  G_OBJECT_CLASS (livc_action_row_parent_class)->dispose (object);
}

static void
livc_action_row_class_init (LivcActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_action_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/be/livcscan/app/livc-action-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcActionRow, about_label);
  gtk_widget_class_bind_template_child (widget_class, LivcActionRow, text_entry);
  gtk_widget_class_bind_template_child (widget_class, LivcActionRow, owner_entry);
  gtk_widget_class_bind_template_child (widget_class, LivcActionRow, due_entry);
  gtk_widget_class_bind_template_child (widget_class, LivcActionRow, due_error);
  gtk_widget_class_bind_template_child (widget_class, LivcActionRow, status_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_due_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
livc_action_row_init (LivcActionRow *self)
{
  GtkWidget *grid;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Between the date and the status, so that Tab goes from one to the other through it. */
  grid = gtk_widget_get_parent (GTK_WIDGET (self->due_entry));
  self->due_button = livc_date_button_new (self->due_entry, _("Choose the date on a calendar"));
  gtk_grid_attach (GTK_GRID (grid), self->due_button, 2, 2, 1, 1);
  self->due_focus = GTK_EVENT_CONTROLLER_FOCUS (gtk_event_controller_focus_new ());
  g_signal_connect_swapped (self->due_focus, "notify::contains-focus", G_CALLBACK (on_due_left),
                            self);
  gtk_widget_add_controller (GTK_WIDGET (self->due_entry), GTK_EVENT_CONTROLLER (self->due_focus));
}

/* about: the domain and item the action is for, or NULL. */
GtkWidget *
livc_action_row_new (LivcAssessment *assessment,
                     LivcAction     *action,
                     const char     *about)
{
  LivcActionRow *self;
  const char *text;

  g_return_val_if_fail (LIVC_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (LIVC_IS_ACTION (action), NULL);

  self = g_object_new (LIVC_TYPE_ACTION_ROW, NULL);
  self->assessment = g_object_ref (assessment);
  if (about != NULL && *about != '\0')
    {
      gtk_label_set_text (self->about_label, about);
      gtk_widget_set_visible (GTK_WIDGET (self->about_label), TRUE);
    }
  text = livc_action_get_text (action);
  gtk_editable_set_text (self->text_entry, text != NULL ? text : "");
  text = livc_action_get_owner (action);
  gtk_editable_set_text (self->owner_entry, text != NULL ? text : "");
  text = livc_action_get_due (action);
  gtk_editable_set_text (self->due_entry, text != NULL ? text : "");
  gtk_drop_down_set_selected (self->status_dropdown, livc_action_get_status (action));
  /* Only now: filling the fields in is no edit. */
  self->action = g_object_ref (action);
  g_signal_connect (action, "notify", G_CALLBACK (on_action_notify), self);
  return GTK_WIDGET (self);
}

/* Puts the keyboard in the action's text, for an action just added. */
void
livc_action_row_focus (LivcActionRow *self)
{
  g_return_if_fail (LIVC_IS_ACTION_ROW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

/* The calendar button of the due date, for tests. */
GtkWidget *
livc_action_row_get_date_button (LivcActionRow *self)
{
  g_return_val_if_fail (LIVC_IS_ACTION_ROW (self), NULL);

  return self->due_button;
}
