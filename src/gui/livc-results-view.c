/* livc-results-view.c: the results page. The summary part is rebuilt from the score set
 * whenever the scores change and the page is shown; the action plan is a list bound to
 * the assessment's actions, so that editing an action never rebuilds what is being typed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "livc-item-row.h"
#include "livc-reflow-bin.h"
#include "livc-results-view.h"

struct _LivcResultsView
{
  GtkWidget     parent_instance;
  GtkWidget    *scrolled;
  GtkWidget    *summary;      /* GtkBox, rebuilt */
  GtkListBox   *actions_list;
  LivcDocument *document;
  char         *lang;
  gboolean      stale;          /* the summary is older than the scores */
  gboolean      actions_bound;  /* the action rows are built */
};

G_DEFINE_FINAL_TYPE (LivcResultsView, livc_results_view, GTK_TYPE_WIDGET)

char *
livc_gui_format_score (double score)
{
  /* The report's rounding and typography, in the UI's language. */
  return livc_format_percent (score, livc_default_lang ());
}

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
on_add_recommendation (GtkButton       *button,
                       LivcResultsView *self)
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
}

static GtkWidget *
group_new (GtkBox     *parent,
           const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (parent, group);
  return group;
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
rebuild_summary (LivcResultsView *self)
{
  LivcScoreSet *scores = livc_document_get_scores (self->document);
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  const LivcDomainScore *overall = livc_score_set_get_overall (scores);
  GPtrArray *recs = livc_score_set_get_recommendations (scores);
  GtkWidget *box = self->summary;
  GtkWidget *child, *group, *grid, *headline;
  g_autofree char *overall_text = livc_gui_format_score (overall->score);
  g_autofree char *complete = livc_gui_format_score (100 * livc_score_set_get_completeness (scores));
  g_autofree char *line = NULL;
  guint n_alerts = 0;

  self->stale = FALSE;
  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);

  headline = label_new (overall_text, "results-score", 0);
  gtk_widget_set_name (headline, "overall-score");
  gtk_box_append (GTK_BOX (box), headline);
  line = g_strdup_printf (_("Stage: %s · Complete: %s · %u of %u items answered"),
                          stage_label (q, overall->stage, self->lang), complete,
                          overall->answered, overall->items);
  gtk_box_append (GTK_BOX (box), label_new (line, "results-stage", 0));

  /* Domain table */
  group = group_new (GTK_BOX (box), _("Scores per Domain"), NULL);
  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_widget_add_css_class (grid, "card");
  gtk_widget_add_css_class (grid, "results-table");
  {
    const char *heads[] = { N_("Domain"), N_("Answered"), N_("Score"), N_("Stage") };
    for (guint c = 0; c < G_N_ELEMENTS (heads); c++)
      gtk_grid_attach (GTK_GRID (grid), label_new (_(heads[c]), "heading", c == 0 ? 0 : 1),
                       (int) c, 0, 1, 1);
  }
  for (guint d = 0; d < livc_score_set_get_n_domains (scores); d++)
    {
      const LivcDomainScore *ds = livc_score_set_get_domain (scores, d);
      g_autofree char *answered = g_strdup_printf ("%u / %u", ds->answered, ds->items);
      g_autofree char *score = livc_gui_format_score (ds->score);
      GtkWidget *title = label_new (livc_questionnaire_lookup (q, livc_domain_get_title (ds->domain),
                                                               self->lang), NULL, 0);

      gtk_widget_set_hexpand (title, TRUE);
      gtk_grid_attach (GTK_GRID (grid), title, 0, (int) d + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label_new (answered, "numeric", 1), 1, (int) d + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label_new (score, "numeric", 1), 2, (int) d + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), label_new (stage_label (q, ds->stage, self->lang), NULL, 1),
                       3, (int) d + 1, 1, 1);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), grid);

  /* Compliance alerts */
  group = group_new (GTK_BOX (box), _("Compliance Alerts"),
                     _("Legal obligations rated below half of the scale, unknown or not answered"));
  for (guint i = 0; i < livc_score_set_get_n_items (scores); i++)
    {
      const LivcItemScore *is = livc_score_set_get_item (scores, i);
      g_autofree char *value = NULL;
      g_autofree char *refs = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (!is->alert)
        continue;
      n_alerts++;
      value = livc_level_label (q, is->item, is->effective, self->lang);
      if (livc_item_get_references (is->item) != NULL)
        refs = g_strjoinv (" · ", (char **) livc_item_get_references (is->item));
      subtitle = refs != NULL ? g_strdup_printf ("%s — %s", value, refs) : g_strdup (value);
      row = plain_row (livc_questionnaire_lookup (q, livc_item_get_text (is->item), self->lang),
                       subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (n_alerts == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               plain_row (_("No compliance alerts"), NULL));

  /* Recommendations */
  group = group_new (GTK_BOX (box), _("Recommendations"),
                     _("What the questionnaire advises for these answers; add any of them to the "
                       "action plan"));
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
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  if (recs->len == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                               plain_row (_("No recommendations apply yet"), NULL));
}

/* Action plan rows */

static void
on_action_text_changed (GtkEditable *editable,
                        LivcAction  *action)
{
  const char *text = gtk_editable_get_text (editable);
  const char *field = g_object_get_data (G_OBJECT (editable), "field");

  if (g_strcmp0 (field, "owner") == 0)
    livc_action_set_owner (action, *text ? text : NULL);
  else if (g_strcmp0 (field, "due") == 0)
    {
      /* Only a real ISO date reaches the file; anything else is marked, not saved. */
      if (*text == '\0')
        {
          livc_action_set_due (action, NULL);
          gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
        }
      else if (livc_date_is_valid (text))
        {
          livc_action_set_due (action, text);
          gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
        }
      else
        gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
    }
  else
    livc_action_set_text (action, text);
}

static void
on_status_selected (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    LivcAction  *action)
{
  livc_action_set_status (action, (LivcActionStatus) gtk_drop_down_get_selected (dropdown));
}

static void
on_remove_action (GtkButton       *button,
                  LivcResultsView *self)
{
  LivcAction *action = g_object_get_data (G_OBJECT (button), "action");

  livc_assessment_remove_action (livc_document_get_assessment (self->document), action);
}

static GtkWidget *
action_entry (LivcAction *action,
              const char *field,
              const char *value,
              const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), value != NULL ? value : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  placeholder, -1);
  g_object_set_data (G_OBJECT (entry), "field", (gpointer) field);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_action_text_changed), action, 0);
  return entry;
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  LivcResultsView *self = user_data;
  LivcAction *action = item;
  LivcQuestionnaire *q = livc_document_get_questionnaire (self->document);
  const char *statuses[] = { C_("action status", "Open"), _("In progress"), _("Done"), _("Dropped"), NULL };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *text = action_entry (action, "text", livc_action_get_text (action), _("Action"));
  GtkWidget *owner = action_entry (action, "owner", livc_action_get_owner (action), _("Owner"));
  GtkWidget *due = action_entry (action, "due", livc_action_get_due (action),
                                 _("Due date (YYYY-MM-DD)"));
  GtkWidget *status = gtk_drop_down_new_from_strings (statuses);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  LivcDomain *domain = livc_questionnaire_find_domain (q, livc_action_get_domain_id (action));
  LivcItem *for_item = livc_questionnaire_find_item (q, livc_action_get_item_id (action));
  g_autoptr(GString) about = g_string_new (NULL);

  if (domain != NULL)
    g_string_append (about, livc_questionnaire_lookup (q, livc_domain_get_title (domain), self->lang));
  if (for_item != NULL)
    g_string_append_printf (about, " — %s",
                            livc_questionnaire_lookup (q, livc_item_get_text (for_item), self->lang));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_widget_set_margin_start (grid, 8);
  gtk_widget_set_margin_end (grid, 8);
  if (about->len > 0)
    {
      GtkWidget *label = label_new (about->str, "caption", 0);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_wrap (GTK_LABEL (label), FALSE);
      gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 4, 1);
    }
  gtk_widget_set_hexpand (text, TRUE);
  gtk_grid_attach (GTK_GRID (grid), text, 0, 1, 3, 1);
  gtk_grid_attach (GTK_GRID (grid), owner, 0, 2, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), due, 1, 2, 1, 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (status), livc_action_get_status (action));
  gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Status"), -1);
  g_signal_connect_object (status, "notify::selected", G_CALLBACK (on_status_selected), action, 0);
  gtk_grid_attach (GTK_GRID (grid), status, 2, 2, 1, 1);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove Action"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove Action"), -1);
  g_object_set_data_full (G_OBJECT (remove), "action", g_object_ref (action), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_action), self);
  gtk_grid_attach (GTK_GRID (grid), remove, 3, 1, 1, 2);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
on_add_action (GtkButton       *button,
               LivcResultsView *self)
{
  LivcAssessment *a = livc_document_get_assessment (self->document);
  g_autofree char *id = livc_assessment_new_action_id (a);
  g_autoptr(LivcAction) action = livc_action_new (id);

  livc_assessment_add_action (a, action);
}

static void
on_scores_changed (LivcResultsView *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild_summary (self);
}

/* What the page shows is built when it shows. */
static void
bring_up_to_date (LivcResultsView *self)
{
  if (self->document == NULL)
    return;
  if (self->stale)
    rebuild_summary (self);
  /* The action rows (entries, a date, a status list each) are built the first time the
   * page shows, not when a file opens: most starts never show this page. */
  if (!self->actions_bound)
    {
      self->actions_bound = TRUE;
      gtk_list_box_bind_model (self->actions_list,
                               livc_assessment_get_actions (livc_document_get_assessment (self->document)),
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
    g_signal_handlers_disconnect_by_func (self->document, on_scores_changed, self);
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
}

static void
livc_results_view_init (LivcResultsView *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = label_new (_("Action Plan"), "heading", 0);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Action"));

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  self->summary = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_box_append (GTK_BOX (box), self->summary);

  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_action), self);
  gtk_box_append (GTK_BOX (header), add);
  gtk_box_append (GTK_BOX (box), header);
  self->actions_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->actions_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->actions_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->actions_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Action Plan"), -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->actions_list));

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), livc_reflow_bin_new (clamp));
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
    g_signal_handlers_disconnect_by_func (self->document, on_scores_changed, self);
  g_set_object (&self->document, document);
  g_free (self->lang);
  self->lang = g_strdup (lang);
  gtk_list_box_bind_model (self->actions_list, NULL, NULL, NULL, NULL);
  self->actions_bound = FALSE;
  if (document == NULL)
    return;
  g_signal_connect_swapped (document, "notify::scores", G_CALLBACK (on_scores_changed), self);
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bring_up_to_date (self);
}
