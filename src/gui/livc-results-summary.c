/* livc-results-summary.c: the top of the results page: overall score and stage, the
 * domain table, the compliance alerts and the recommendations, each with a button that
 * puts it in the action plan. The results page builds it the first time it shows and
 * updates it from the score set; the layout is in ui/livc-results-summary.ui, the rows
 * that depend on the scores are added here.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-item-row.h"
#include "livc-results-summary.h"
#include "livc-score-text.h"

struct _LivcResultsSummary
{
  GtkBox               parent_instance;
  LivcDocument        *document;
  char                *lang;
  GPtrArray           *rows;           /* GtkWidget*, the alerts' and recommendations' rows */
  guint                n_domain_rows;  /* in the domain table, under its heading */

  /* Template widgets */
  GtkLabel            *overall_label;
  GtkLabel            *stage_line;
  GtkGrid             *domain_grid;
  AdwPreferencesGroup *alerts_group;
  AdwPreferencesGroup *recommendations_group;
};

G_DEFINE_FINAL_TYPE (LivcResultsSummary, livc_results_summary, GTK_TYPE_BOX)

static guint action_added_signal;

static GtkWidget *
label_new (const char *text,
           const char *css_class,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static const char *
stage_label (LivcQuestionnaire *q,
             LivcStage         *stage,
             const char        *lang)
{
  return stage != NULL ? livc_questionnaire_lookup (q, livc_stage_get_label (stage), lang) : "—";
}

static void
on_add_recommendation (GtkButton          *button,
                       LivcResultsSummary *self)
{
  LivcRecommendation *rec = g_object_get_data (G_OBJECT (button), "recommendation");
  LivcAssessment *a = livc_document_get_assessment (self->document);
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  g_autofree char *id = livc_assessment_new_action_id (a);
  g_autoptr(LivcAction) action = livc_action_new (id);

  livc_action_set_domain_id (action, livc_domain_get_id (livc_recommendation_get_domain (rec)));
  if (livc_recommendation_get_kind (rec) == LIVC_RECOMMENDATION_ITEM)
    livc_action_set_item_id (action, livc_recommendation_get_item_id (rec));
  livc_action_set_text (action, livc_questionnaire_lookup (q, livc_recommendation_get_text (rec),
                                                           self->lang));
  livc_assessment_add_action (a, action);
  g_signal_emit (self, action_added_signal, 0, action);
}

static GtkWidget *
plain_row (const char *title,
           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
add_summary_row (LivcResultsSummary  *self,
                 AdwPreferencesGroup *group,
                 GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

/* The domain table's rows, under the heading the template gives it. */
static void
fill_domain_table (LivcResultsSummary *self,
                   LivcScoreSet       *scores)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);

  for (; self->n_domain_rows > 0; self->n_domain_rows--)
    gtk_grid_remove_row (self->domain_grid, 1);
  for (guint d = 0; d < livc_score_set_get_n_domains (scores); d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (scores, d);
      g_autofree char *answered = g_strdup_printf ("%u / %u", ds->answered, ds->items);
      g_autofree char *score = livc_gui_format_score (ds->score);
      const char *domain_title = livc_questionnaire_lookup (q, livc_domain_get_title (ds->domain),
                                                            self->lang);
      GtkWidget *title = label_new (domain_title, NULL, 0);
      int row = (int) d + 1;

      gtk_widget_set_hexpand (title, TRUE);
      gtk_grid_attach (self->domain_grid, title, 0, row, 1, 1);
      gtk_grid_attach (self->domain_grid, label_new (answered, "numeric", 1), 1, row, 1, 1);
      gtk_grid_attach (self->domain_grid, label_new (score, "numeric", 1), 2, row, 1, 1);
      gtk_grid_attach (self->domain_grid,
                       label_new (stage_label (q, ds->stage, self->lang), NULL, 1), 3, row, 1, 1);
      self->n_domain_rows++;
    }
}

/* Legal obligations rated below half of the scale, unknown or not answered. */
static void
fill_alerts (LivcResultsSummary *self,
             LivcScoreSet       *scores)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  guint n_alerts = 0;

  for (guint i = 0; i < livc_score_set_get_n_items (scores); i++)
    {
      const LivcItemScore *is = livc_score_set_get_item (scores, i);
      g_autofree char *value = NULL;
      g_autofree char *refs = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *number = NULL;
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (!is->alert)
        continue;
      n_alerts++;
      value = livc_level_label (q, is->item, is->effective, self->lang);
      if (livc_item_get_references (is->item) != NULL)
        refs = g_strjoinv (" · ", (char **) livc_item_get_references (is->item));
      subtitle = refs != NULL ? g_strdup_printf ("%s — %s", value, refs) : g_strdup (value);
      number = livc_item_dup_number (is->item);
      title = g_strdup_printf ("%s %s", number,
                               livc_questionnaire_lookup (q, livc_item_get_text (is->item),
                                                          self->lang));
      row = plain_row (title, subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      add_summary_row (self, self->alerts_group, row);
    }
  if (n_alerts == 0)
    add_summary_row (self, self->alerts_group, plain_row (_("No compliance alerts"), NULL));
}

/* What the questionnaire advises for these answers, each with a button to plan it. */
static void
fill_recommendations (LivcResultsSummary *self,
                      LivcScoreSet       *scores)
{
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  GPtrArray *recs = livc_score_set_get_recommendations (scores);

  for (guint i = 0; i < recs->len; i++)
    {
      LivcRecommendation *rec = g_ptr_array_index (recs, i);
      LivcDomain *domain = livc_recommendation_get_domain (rec);
      GtkWidget *row = plain_row (livc_questionnaire_lookup (q, livc_recommendation_get_text (rec),
                                                             self->lang),
                                  livc_questionnaire_lookup (q, livc_domain_get_title (domain),
                                                             self->lang));
      GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Add to the Action Plan"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Add to the Action Plan"), -1);
      g_object_set_data (G_OBJECT (button), "recommendation", rec);
      g_signal_connect (button, "clicked", G_CALLBACK (on_add_recommendation), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      add_summary_row (self, self->recommendations_group, row);
    }
  if (recs->len == 0)
    add_summary_row (self, self->recommendations_group,
                     plain_row (_("No recommendations apply yet"), NULL));
}

/* Everything below the page's top, from the document's scores as they are now. */
void
livc_results_summary_update (LivcResultsSummary *self,
                             LivcDocument       *document,
                             const char         *lang)
{
  LivcScoreSet *scores;
  LivcQuestionnaire *q;
  const LivcDomainScore *overall;
  g_autofree char *overall_text = NULL;
  g_autofree char *complete = NULL;
  g_autofree char *line = NULL;

  g_return_if_fail (LIVC_IS_RESULTS_SUMMARY (self));
  g_return_if_fail (LIVC_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_free (self->lang);
  self->lang = g_strdup (lang);
  scores = livc_document_get_scores (document);
  q = livc_document_get_questionnaire (document);
  overall = livc_score_set_get_overall (scores);
  overall_text = livc_gui_format_score (overall->score);
  complete = livc_gui_format_score (100 * livc_score_set_get_completeness (scores));

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  gtk_label_set_text (self->overall_label, overall_text);
  line = g_strdup_printf (_("Stage: %s · Complete: %s · %u of %u items answered"),
                          stage_label (q, overall->stage, self->lang), complete,
                          overall->answered, overall->items);
  gtk_label_set_text (self->stage_line, line);
  fill_domain_table (self, scores);
  fill_alerts (self, scores);
  fill_recommendations (self, scores);
}

static void
livc_results_summary_dispose (GObject *object)
{
  g_clear_object (&LIVC_RESULTS_SUMMARY (object)->document);
  G_OBJECT_CLASS (livc_results_summary_parent_class)->dispose (object);
}

static void
livc_results_summary_finalize (GObject *object)
{
  LivcResultsSummary *self = LIVC_RESULTS_SUMMARY (object);

  g_free (self->lang);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (livc_results_summary_parent_class)->finalize (object);
}

static void
livc_results_summary_class_init (LivcResultsSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_results_summary_dispose;
  object_class->finalize = livc_results_summary_finalize;

  /* A recommendation became an action of the plan: the LivcAction. */
  action_added_signal =
    g_signal_new ("action-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, LIVC_TYPE_ACTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-results-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcResultsSummary, overall_label);
  gtk_widget_class_bind_template_child (widget_class, LivcResultsSummary, stage_line);
  gtk_widget_class_bind_template_child (widget_class, LivcResultsSummary, domain_grid);
  gtk_widget_class_bind_template_child (widget_class, LivcResultsSummary, alerts_group);
  gtk_widget_class_bind_template_child (widget_class, LivcResultsSummary, recommendations_group);
}

static void
livc_results_summary_init (LivcResultsSummary *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
livc_results_summary_new (void)
{
  return g_object_new (LIVC_TYPE_RESULTS_SUMMARY, NULL);
}
