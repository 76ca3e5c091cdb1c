/* livc-agenda-view.c: the discussion agenda of a consensus meeting. It lists the items to
 * discuss (ratings two levels or more apart) domain by domain, the widest spread first, as
 * full item rows: the team sees the spread, picks its answer and writes the reasoning and
 * any minority view in the note, all in one place. The list is built when the page is
 * shown, not on every change, so that an item the team just agreed on stays where it is.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-agenda-view.h"
#include "livc-item-row.h"
#include "livc-reflow-bin.h"

struct _LivcAgendaView
{
  AdwBin        parent_instance;
  LivcDocument *document;
  char         *lang;
  GtkStack     *stack;
  GtkBox       *groups;
  AdwStatusPage *status;
  GtkWidget    *status_button;
  GPtrArray    *rows;   /* LivcItemRow*, agenda order */
};

G_DEFINE_FINAL_TYPE (LivcAgendaView, livc_agenda_view, ADW_TYPE_BIN)

/* "3 to discuss · 1 agreed" for the sidebar; NULL when nobody has rated. */
char *
livc_agenda_dup_progress (LivcDocument *document)
{
  LivcScoreSet *scores = livc_document_get_scores (document);
  g_autoptr(GPtrArray) agenda = livc_score_set_dup_agenda (scores);
  guint agreed = 0;

  if (livc_document_get_ratings_hidden (document))
    return g_strdup (_("Ratings hidden until the reveal"));
  for (guint i = 0; i < agenda->len; i++)
    {
      const LivcItemScore *is = g_ptr_array_index (agenda, i);

      agreed += livc_document_is_agreed (document, is->item);
    }
  if (agenda->len == 0)
    return g_strdup (_("Nothing to discuss"));
  /* TRANSLATORS: "5 to discuss · 2 agreed" */
  return g_strdup_printf (_("%u to discuss · %u agreed"), agenda->len, agreed);
}

static gboolean
has_ratings (LivcDocument *document)
{
  GListModel *answers = livc_assessment_get_answers (livc_document_get_assessment (document));

  for (guint i = 0; i < g_list_model_get_n_items (answers); i++)
    {
      g_autoptr(LivcAnswer) answer = g_list_model_get_item (answers, i);

      if (livc_answer_get_n_ratings (answer) > 0)
        return TRUE;
    }
  return FALSE;
}

static void
show_status (LivcAgendaView *self,
             const char     *title,
             const char     *description,
             const char     *button,
             const char     *action)
{
  adw_status_page_set_title (self->status, title);
  adw_status_page_set_description (self->status, description);
  gtk_widget_set_visible (self->status_button, button != NULL);
  if (button != NULL)
    {
      gtk_button_set_label (GTK_BUTTON (self->status_button), button);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->status_button), action);
    }
  gtk_stack_set_visible_child_name (self->stack, "status");
}

/* A domain's heading and the list that its items to discuss go into. */
static GtkWidget *
add_domain_list (LivcAgendaView *self,
                 LivcDomain     *d,
                 gboolean        first)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  g_autofree char *title = g_strdup_printf ("%u. %s", livc_domain_get_index (d) + 1,
                                            livc_questionnaire_lookup (q, livc_domain_get_title (d),
                                                                       self->lang));
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_widget_set_margin_top (heading, first ? 0 : 12);
  gtk_box_append (self->groups, heading);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (self->groups, list);
  return list;
}

void
livc_agenda_view_rebuild (LivcAgendaView *self)
{
  g_autoptr(GPtrArray) agenda = NULL;
  GtkWidget *child, *list = NULL;
  int domain = -1;

  g_return_if_fail (LIVC_IS_AGENDA_VIEW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
  g_ptr_array_set_size (self->rows, 0);
  if (self->document == NULL)
    return;
  if (livc_document_get_ratings_hidden (self->document))
    {
      show_status (self, _("Ratings Are Hidden"),
                   _("Reveal the ratings when every member has rated, "
                     "to see what the team is to discuss."),
                   _("_Reveal Ratings"), "win.reveal");
      return;
    }
  if (!has_ratings (self->document))
    {
      show_status (self, _("No Individual Ratings Yet"),
                   _("The agenda lists the items the members rate far apart. Start an individual "
                     "round, or merge the files the members filled in on their own."),
                   _("_Start Individual Round"), "win.round");
      return;
    }
  agenda = livc_score_set_dup_agenda (livc_document_get_scores (self->document));
  if (agenda->len == 0)
    {
      show_status (self, _("Nothing to Discuss"),
                   _("No item has ratings two levels or more apart: the team agrees everywhere."),
                   NULL, NULL);
      return;
    }
  for (guint i = 0; i < agenda->len; i++)
    {
      const LivcItemScore *is = g_ptr_array_index (agenda, i);
      LivcDomain *d = livc_item_get_domain (is->item);
      GtkWidget *row;

      if ((int) livc_domain_get_index (d) != domain)
        {
          domain = (int) livc_domain_get_index (d);
          list = add_domain_list (self, d, i == 0);
        }
      row = livc_item_row_new (self->document, is->item, self->lang);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_stack_set_visible_child_name (self->stack, "agenda");
}

static void
on_scores (LivcAgendaView *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    livc_item_row_refresh (g_ptr_array_index (self->rows, i));
}

static void
on_hidden (LivcAgendaView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    livc_agenda_view_rebuild (self);
}

static void
livc_agenda_view_dispose (GObject *object)
{
  LivcAgendaView *self = LIVC_AGENDA_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (livc_agenda_view_parent_class)->dispose (object);
}

static void
livc_agenda_view_finalize (GObject *object)
{
  LivcAgendaView *self = LIVC_AGENDA_VIEW (object);

  g_free (self->lang);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (livc_agenda_view_parent_class)->finalize (object);
}

static void
livc_agenda_view_class_init (LivcAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_agenda_view_dispose;
  object_class->finalize = livc_agenda_view_finalize;

  g_type_ensure (LIVC_TYPE_REFLOW_BIN);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-agenda-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcAgendaView, stack);
  gtk_widget_class_bind_template_child (widget_class, LivcAgendaView, groups);
  gtk_widget_class_bind_template_child (widget_class, LivcAgendaView, status);
  gtk_widget_class_bind_template_child (widget_class, LivcAgendaView, status_button);
}

static void
livc_agenda_view_init (LivcAgendaView *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
livc_agenda_view_new (void)
{
  return g_object_new (LIVC_TYPE_AGENDA_VIEW, NULL);
}

void
livc_agenda_view_set_document (LivcAgendaView *self,
                               LivcDocument   *document,
                               const char     *lang)
{
  g_return_if_fail (LIVC_IS_AGENDA_VIEW (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_free (self->lang);
  self->lang = g_strdup (lang);
  if (document != NULL)
    {
      g_signal_connect_swapped (document, "notify::scores", G_CALLBACK (on_scores), self);
      g_signal_connect_swapped (document, "notify::ratings-hidden", G_CALLBACK (on_hidden), self);
    }
  livc_agenda_view_rebuild (self);
}

guint
livc_agenda_view_get_n_items (LivcAgendaView *self)
{
  g_return_val_if_fail (LIVC_IS_AGENDA_VIEW (self), 0);
  return self->rows->len;
}

LivcItemRow *
livc_agenda_view_get_row (LivcAgendaView *self,
                          guint           index)
{
  g_return_val_if_fail (LIVC_IS_AGENDA_VIEW (self), NULL);
  return index < self->rows->len ? g_ptr_array_index (self->rows, index) : NULL;
}
