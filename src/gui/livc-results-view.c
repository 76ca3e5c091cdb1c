/* livc-results-view.c: the results page. The summary part (livc-results-summary.c) is
 * updated from the score set whenever the scores change and the page is shown; the action
 * plan is a list bound to the assessment's actions, so that editing an action never
 * rebuilds what is being typed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "livc-action-row.h"
#include "livc-reflow-bin.h"
#include "livc-results-summary.h"
#include "livc-results-view.h"

struct _LivcResultsView
{
  GtkWidget           parent_instance;
  LivcDocument       *document;
  char               *lang;
  LivcResultsSummary *summary;        /* built when the page first shows */
  gboolean            stale;          /* the summary is older than the scores */
  gboolean            actions_bound;  /* the action rows are built */

  /* Template widgets */
  GtkWidget          *scrolled;
  GtkBox             *page_box;
  GtkWidget          *hidden_box;
  GtkListBox         *actions_list;
};

G_DEFINE_FINAL_TYPE (LivcResultsView, livc_results_view, GTK_TYPE_WIDGET)

/* The score, the domain table, the alerts and the recommendations, as the scores are now.
 * Built the first time the page shows, as the action rows: most starts never show it. */
static void
rebuild_summary (LivcResultsView *self)
{
  self->stale = FALSE;
  if (self->summary == NULL)
    {
      self->summary = LIVC_RESULTS_SUMMARY (livc_results_summary_new ());
      g_signal_connect_swapped (self->summary, "action-added",
                                G_CALLBACK (livc_results_view_show_action), self);
      gtk_box_prepend (self->page_box, GTK_WIDGET (self->summary));
    }
  livc_results_summary_update (self->summary, self->document, self->lang);
}

/* Action plan rows */

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  LivcResultsView *self = user_data;
  LivcAction *action = item;
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  LivcDomain *domain = livc_questionnaire_find_domain (q, livc_action_get_domain_id (action));
  LivcItem *for_item = livc_questionnaire_find_item (q, livc_action_get_item_id (action));
  g_autoptr(GString) about = g_string_new (NULL);

  if (domain != NULL)
    g_string_append (about,
                     livc_questionnaire_lookup (q, livc_domain_get_title (domain), self->lang));
  if (for_item != NULL)
    {
      g_autofree char *number = livc_item_dup_number (for_item);

      g_string_append_printf (about, " — %s %s", number,
                              livc_questionnaire_lookup (q, livc_item_get_text (for_item),
                                                         self->lang));
    }
  return livc_action_row_new (livc_document_get_assessment (self->document), action, about->str);
}

/* Once the row is laid out: the page scrolls to show it whole, its text takes the keys. */
static gboolean
show_row_cb (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  LivcResultsView *self = LIVC_RESULTS_VIEW (widget);
  GtkWidget *row = data;
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->scrolled));
  graphene_rect_t bounds;
  double top, bottom, value, page;

  if (gtk_widget_get_parent (row) != GTK_WIDGET (self->actions_list))
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (row) <= 0 || !gtk_widget_compute_bounds (row, content, &bounds))
    return G_SOURCE_CONTINUE;
  top = bounds.origin.y;
  bottom = top + bounds.size.height;
  value = gtk_adjustment_get_value (adj);
  page = gtk_adjustment_get_page_size (adj);
  if (bottom > value + page)
    gtk_adjustment_set_value (adj, bottom - page);
  if (top < gtk_adjustment_get_value (adj))
    gtk_adjustment_set_value (adj, top);
  livc_action_row_focus (LIVC_ACTION_ROW (row));
  return G_SOURCE_REMOVE;
}

/* Brings the row of action (one just added) into view, with the keyboard in its text. */
void
livc_results_view_show_action (LivcResultsView *self,
                               LivcAction      *action)
{
  GListModel *actions;
  guint position;

  g_return_if_fail (LIVC_IS_RESULTS_VIEW (self));

  actions = livc_assessment_get_actions (livc_document_get_assessment (self->document));
  for (position = 0; position < g_list_model_get_n_items (actions); position++)
    {
      g_autoptr(LivcAction) a = g_list_model_get_item (actions, position);
      GtkListBoxRow *row;

      if (a != action)
        continue;
      row = gtk_list_box_get_row_at_index (self->actions_list, (int) position);
      if (row != NULL)
        gtk_widget_add_tick_callback (GTK_WIDGET (self), show_row_cb, g_object_ref (row),
                                      g_object_unref);
      return;
    }
}

static void
on_add_action (GtkButton       *button,
               LivcResultsView *self)
{
  LivcAssessment *a = livc_document_get_assessment (self->document);
  g_autofree char *id = livc_assessment_new_action_id (a);
  g_autoptr(LivcAction) action = livc_action_new (id);

  livc_assessment_add_action (a, action);
  livc_results_view_show_action (self, action);
}

static void
on_scores_changed (LivcResultsView *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild_summary (self);
}

/* While the ratings are hidden, the summary gives way to what hides it. */
static void
show_hidden (LivcResultsView *self)
{
  gboolean hidden = self->document != NULL && livc_document_get_ratings_hidden (self->document);

  gtk_widget_set_visible (self->hidden_box, hidden);
  if (self->summary != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->summary), !hidden);
}

/* What the page shows is built when it shows. */
static void
bring_up_to_date (LivcResultsView *self)
{
  if (self->document == NULL)
    return;
  if (self->stale)
    rebuild_summary (self);
  show_hidden (self);
  /* The action rows (entries, a date, a status list each) are built the first time the
   * page shows, not when a file opens: most starts never show this page. */
  if (!self->actions_bound)
    {
      LivcAssessment *a = livc_document_get_assessment (self->document);

      self->actions_bound = TRUE;
      gtk_list_box_bind_model (self->actions_list, livc_assessment_get_actions (a),
                               create_action_row, self, NULL);
    }
}

static void
livc_results_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (livc_results_view_parent_class)->map (widget);
  bring_up_to_date (LIVC_RESULTS_VIEW (widget));
}

static void
livc_results_view_dispose (GObject *object)
{
  LivcResultsView *self = LIVC_RESULTS_VIEW (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, on_scores_changed, self);
      g_signal_handlers_disconnect_by_func (self->document, show_hidden, self);
    }
  g_clear_object (&self->document);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  G_OBJECT_CLASS (livc_results_view_parent_class)->dispose (object);
}

static void
livc_results_view_finalize (GObject *object)
{
  g_free (LIVC_RESULTS_VIEW (object)->lang);
  G_OBJECT_CLASS (livc_results_view_parent_class)->finalize (object);
}

static void
livc_results_view_class_init (LivcResultsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_results_view_dispose;
  object_class->finalize = livc_results_view_finalize;
  widget_class->map = livc_results_view_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "results");

  g_type_ensure (LIVC_TYPE_REFLOW_BIN);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-results-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcResultsView, scrolled);
  gtk_widget_class_bind_template_child (widget_class, LivcResultsView, page_box);
  gtk_widget_class_bind_template_child (widget_class, LivcResultsView, hidden_box);
  gtk_widget_class_bind_template_child (widget_class, LivcResultsView, actions_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_action);
}

static void
livc_results_view_init (LivcResultsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
livc_results_view_new (void)
{
  return g_object_new (LIVC_TYPE_RESULTS_VIEW, NULL);
}

void
livc_results_view_set_document (LivcResultsView *self,
                                LivcDocument    *document,
                                const char      *lang)
{
  g_return_if_fail (LIVC_IS_RESULTS_VIEW (self));

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, on_scores_changed, self);
      g_signal_handlers_disconnect_by_func (self->document, show_hidden, self);
    }
  g_set_object (&self->document, document);
  g_free (self->lang);
  self->lang = g_strdup (lang);
  gtk_list_box_bind_model (self->actions_list, NULL, NULL, NULL, NULL);
  self->actions_bound = FALSE;
  if (document == NULL)
    return;
  g_signal_connect_swapped (document, "notify::scores", G_CALLBACK (on_scores_changed), self);
  g_signal_connect_swapped (document, "notify::ratings-hidden", G_CALLBACK (show_hidden), self);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bring_up_to_date (self);
}
