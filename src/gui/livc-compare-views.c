/* livc-compare-views.c: the compare window's trend view (one municipality over time: the
 * domain scores per date, the items that moved between two of its assessments, the items
 * added or removed between questionnaire versions), its peers view (one cell against the
 * median and the 25th–75th percentile band of the others, per domain and per item) and
 * the export of the comparison report (PDF) and table (CSV), with the very calls the
 * command line makes.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "livc-compare-peer-bar.h"
#include "livc-compare-util.h"
#include "livc-compare-window-private.h"
#include "livc-reflow-bin.h"
#include "livc-window.h"

static GtkWidget *
bar_box (void)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 8);
  gtk_widget_set_margin_bottom (bar, 8);
  return bar;
}

static GtkWidget *
bar_label (const char *mnemonic,
           GtkWidget  *target)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), target);
  return label;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 6);
  return label;
}

static GtkDropDown *
string_dropdown (GtkStringList *list)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (list), NULL));
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

  gtk_drop_down_set_expression (dropdown, expression);
  gtk_expression_unref (expression);
  return dropdown;
}

static void
set_strings (GtkDropDown *dropdown,
             GPtrArray   *strings)
{
  GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (dropdown));

  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char * const *) strings->pdata);
  g_ptr_array_remove_index (strings, strings->len - 1);
}

static LivcAssessment *
member (LivcCompareWindow *self,
        guint              index)
{
  return livc_score_set_get_assessment (livc_comparison_get_scores (self->comparison, index));
}

/* Trend */

static char *
level_text (int level)
{
  if (level == LIVC_VALUE_NA)
    return g_strdup (_("not applicable"));
  if (level == LIVC_VALUE_UNKNOWN)
    return g_strdup (_("don’t know"));
  return g_strdup_printf ("%d", level);
}

static void
add_item_rows (LivcCompareWindow *self,
               GtkWidget         *list,
               LivcItem          *item,
               const char        *suffix)
{
  LivcQuestionnaire *q = livc_comparison_get_questionnaire (self->comparison);
  GtkWidget *row = adw_action_row_new ();
  LivcDomain *domain = livc_item_get_domain (item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), livc_questionnaire_lookup (q, livc_item_get_text (item), self->lang));
  if (domain != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), livc_questionnaire_lookup (q, livc_domain_get_title (domain), self->lang));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (suffix != NULL)
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

static GtkWidget *
boxed_list (const char *name)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return list;
}

static void
fill_moves (LivcCompareWindow *self,
            guint              before,
            guint              after)
{
  g_autoptr(GArray) moves = livc_comparison_dup_moves (self->comparison, before, after);
  g_autoptr(GPtrArray) added = livc_comparison_dup_unmatched (self->comparison, before, after, TRUE);
  g_autoptr(GPtrArray) removed = livc_comparison_dup_unmatched (self->comparison, before, after, FALSE);
  GtkWidget *child, *list;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->moves_box))) != NULL)
    gtk_box_remove (self->moves_box, child);

  gtk_box_append (self->moves_box, heading (_("Items that moved")));
  if (moves->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No rating changed between these two assessments."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->moves_box, none);
    }
  else
    {
      list = boxed_list (_("Items that moved"));
      for (guint k = 0; k < moves->len; k++)
        {
          LivcItemMove *move = &g_array_index (moves, LivcItemMove, k);
          g_autofree char *b = level_text (move->before);
          g_autofree char *a = level_text (move->after);
          double points = livc_round_half_away (100 * move->change, 0);
          g_autofree char *text = g_strdup_printf ("%s → %s   (%s%.0f)", b, a, points > 0 ? "+" : "\u2212", fabs (points));

          add_item_rows (self, list, move->item, text);
        }
      gtk_box_append (self->moves_box, list);
    }
  /* Versions: nothing added or removed is silently dropped. */
  if (added->len > 0)
    {
      gtk_box_append (self->moves_box, heading (_("Items added in the later questionnaire version")));
      list = boxed_list (_("Items added in the later questionnaire version"));
      for (guint k = 0; k < added->len; k++)
        add_item_rows (self, list, g_ptr_array_index (added, k), NULL);
      gtk_box_append (self->moves_box, list);
    }
  if (removed->len > 0)
    {
      gtk_box_append (self->moves_box, heading (_("Items removed from the later questionnaire version")));
      list = boxed_list (_("Items removed from the later questionnaire version"));
      for (guint k = 0; k < removed->len; k++)
        add_item_rows (self, list, g_ptr_array_index (removed, k), NULL);
      gtk_box_append (self->moves_box, list);
    }
}

static void
on_range_changed (LivcCompareWindow *self)
{
  LivcTrend *trend;
  guint from, to;

  if (self->updating_trend || self->trends == NULL || self->trends->len == 0)
    return;
  trend = g_ptr_array_index (self->trends, MIN (gtk_drop_down_get_selected (self->trend_dropdown), self->trends->len - 1));
  from = MIN (gtk_drop_down_get_selected (self->from_dropdown), trend->n - 1);
  to = MIN (gtk_drop_down_get_selected (self->to_dropdown), trend->n - 1);
  fill_moves (self, trend->members[from], trend->members[to]);
}

/* The chosen municipality: its charts, its dates, first and last chosen. */
void
livc_compare_window_refresh_trend (LivcCompareWindow *self)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  LivcTrend *trend;
  guint selected;

  if (self->trends == NULL || self->trends->len == 0 || self->comparison == NULL)
    {
      gtk_stack_set_visible_child_name (self->trend_stack, "none");
      return;
    }
  selected = MIN (gtk_drop_down_get_selected (self->trend_dropdown), self->trends->len - 1);
  trend = g_ptr_array_index (self->trends, selected);
  for (guint k = 0; k < trend->n; k++)
    g_ptr_array_add (dates, g_strdup (livc_assessment_get_date (member (self, trend->members[k]))));
  self->updating_trend = TRUE;
  set_strings (self->from_dropdown, dates);
  set_strings (self->to_dropdown, dates);
  gtk_drop_down_set_selected (self->from_dropdown, 0);
  gtk_drop_down_set_selected (self->to_dropdown, trend->n - 1);
  self->updating_trend = FALSE;
  livc_compare_trend_chart_set_trend (LIVC_COMPARE_TREND_CHART (self->trend_chart), self->comparison,
                                      trend);
  fill_moves (self, trend->members[0], trend->members[trend->n - 1]);
  gtk_stack_set_visible_child_name (self->trend_stack, "trend");
}

void
livc_compare_window_build_trend (LivcCompareWindow *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (self->trend_dropdown == NULL)
    {
      GtkWidget *bar = bar_box ();
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *clamp = adw_clamp_new ();
      GtkWidget *none = adw_status_page_new ();

      self->trend_dropdown = string_dropdown (gtk_string_list_new (NULL));
      gtk_drop_down_set_enable_search (self->trend_dropdown, TRUE);
      self->from_dropdown = string_dropdown (gtk_string_list_new (NULL));
      self->to_dropdown = string_dropdown (gtk_string_list_new (NULL));
      gtk_box_append (GTK_BOX (bar), bar_label (_("_Municipality"), GTK_WIDGET (self->trend_dropdown)));
      gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->trend_dropdown));
      gtk_box_append (GTK_BOX (bar), bar_label (_("Items moved _from"), GTK_WIDGET (self->from_dropdown)));
      gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->from_dropdown));
      gtk_box_append (GTK_BOX (bar), bar_label (_("t_o"), GTK_WIDGET (self->to_dropdown)));
      gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->to_dropdown));
      gtk_box_append (self->trend_box, bar);
      g_signal_connect_swapped (self->trend_dropdown, "notify::selected", G_CALLBACK (livc_compare_window_refresh_trend), self);
      g_signal_connect_swapped (self->from_dropdown, "notify::selected", G_CALLBACK (on_range_changed), self);
      g_signal_connect_swapped (self->to_dropdown, "notify::selected", G_CALLBACK (on_range_changed), self);

      self->trend_chart = livc_compare_trend_chart_new ();
      self->moves_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
      gtk_box_append (GTK_BOX (content), self->trend_chart);
      gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->moves_box));
      gtk_widget_set_margin_start (content, 12);
      gtk_widget_set_margin_end (content, 12);
      gtk_widget_set_margin_bottom (content, 24);
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
      adw_clamp_set_child (ADW_CLAMP (clamp), content);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), livc_reflow_bin_new (clamp));
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "media-playlist-repeat-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (none), _("No Trend"));
      adw_status_page_set_description (ADW_STATUS_PAGE (none),
                                       _("No municipality appears at two dates among the assessments compared."));
      self->trend_stack = GTK_STACK (gtk_stack_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (self->trend_stack), TRUE);
      gtk_stack_add_named (self->trend_stack, none, "none");
      gtk_stack_add_named (self->trend_stack, scrolled, "trend");
      gtk_box_append (self->trend_box, GTK_WIDGET (self->trend_stack));
    }

  g_clear_pointer (&self->trends, g_ptr_array_unref);
  if (self->comparison != NULL)
    self->trends = livc_comparison_dup_trends (self->comparison);
  for (guint t = 0; self->trends != NULL && t < self->trends->len; t++)
    g_ptr_array_add (names, ((LivcTrend *) g_ptr_array_index (self->trends, t))->name);
  set_strings (self->trend_dropdown, names);
  livc_compare_window_refresh_trend (self);
}

/* Peers */

static char *
summary (LivcCompareWindow *self,
         double             value,
         gboolean           has_peers,
         double             low,
         double             median,
         double             high)
{
  g_autofree char *v = livc_format_percent (value, self->lang);
  g_autofree char *m = livc_format_percent (median, self->lang);
  g_autofree char *l = livc_format_percent (low, self->lang);
  g_autofree char *h = livc_format_percent (high, self->lang);

  if (!has_peers)
    return g_strdup_printf (_("This cell: %s · no other assessment has a score here"), v);
  /* TRANSLATORS: the cell's score, the others' median, their 25th and 75th percentiles. */
  return g_strdup_printf (_("This cell: %s · others’ median: %s · 25th–75th percentile: %s–%s"), v, m, l, h);
}

static GtkWidget *
domain_row (LivcCompareWindow *self,
            guint              domain)
{
  LivcQuestionnaire *q = livc_comparison_get_questionnaire (self->comparison);
  guint n_domains = livc_comparison_get_n_domains (self->comparison);
  guint highlight = livc_comparison_get_highlight (self->comparison);
  double value = livc_comparison_get_score (self->comparison, highlight, domain);
  double low, median, high;
  gboolean has = livc_comparison_get_peer_spread (self->comparison, domain, &low, &median, &high);
  char *text = summary (self, value, has, low, median, high);
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 domain == LIVC_COMPARISON_OVERALL ? _("Overall")
                                 : livc_questionnaire_lookup (q, livc_domain_get_title (livc_comparison_get_domain (self->comparison, domain)), self->lang));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), text);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), livc_compare_peer_bar_new (value, low, median, high));
  g_hash_table_insert (self->peer_summaries, GUINT_TO_POINTER (domain == LIVC_COMPARISON_OVERALL ? n_domains : domain), text);
  if (domain == LIVC_COMPARISON_OVERALL)
    {
      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), FALSE);
      return row;
    }

  /* The domain's items, per item id across versions. */
  {
    GListModel *items = livc_domain_get_items (livc_comparison_get_domain (self->comparison, domain));

    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
        const char *id = livc_item_get_id (item);
        double v = livc_comparison_get_item_score (self->comparison, highlight, id);
        double il, im, ih;
        gboolean ihas = livc_comparison_get_item_peer_spread (self->comparison, id, &il, &im, &ih);
        g_autofree char *itext = summary (self, v, ihas, il, im, ih);
        GtkWidget *irow = adw_action_row_new ();

        adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (irow), FALSE);
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (irow), livc_questionnaire_lookup (q, livc_item_get_text (item), self->lang));
        adw_action_row_set_title_lines (ADW_ACTION_ROW (irow), 3);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (irow), itext);
        adw_action_row_add_suffix (ADW_ACTION_ROW (irow), livc_compare_peer_bar_new (v, il, im, ih));
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), irow);
      }
  }
  return row;
}

void
livc_compare_window_refresh_peers (LivcCompareWindow *self)
{
  GtkWidget *child;
  guint highlight;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->peer_list))) != NULL)
    gtk_list_box_remove (self->peer_list, child);
  g_hash_table_remove_all (self->peer_summaries);
  if (self->comparison == NULL || livc_comparison_get_n (self->comparison) == 0)
    {
      livc_compare_radar_set_series (self->peer_radar, NULL, NULL, 0, TRUE);
      return;
    }
  highlight = livc_comparison_get_highlight (self->comparison);
  livc_compare_radar_set_series (self->peer_radar, self->comparison, &highlight, 1, TRUE);
  gtk_list_box_append (self->peer_list, domain_row (self, LIVC_COMPARISON_OVERALL));
  for (guint d = 0; d < livc_comparison_get_n_domains (self->comparison); d++)
    gtk_list_box_append (self->peer_list, domain_row (self, d));
}

static void
on_peer_chosen (LivcCompareWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->peer_dropdown);

  if (self->updating_peers || self->comparison == NULL || selected >= livc_comparison_get_n (self->comparison))
    return;
  livc_compare_window_set_highlight (self, selected);
}

void
livc_compare_window_build_peers (LivcCompareWindow *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (self->peer_dropdown == NULL)
    {
      GtkWidget *bar = bar_box ();
      GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkWidget *intro = gtk_label_new (_("The chosen cell against the others: the median (line) and the 25th to 75th percentile (band) of their scores, per domain and, unfolded, per item."));

      self->peer_names = gtk_string_list_new (NULL);
      self->peer_dropdown = string_dropdown (g_object_ref (self->peer_names));
      gtk_drop_down_set_enable_search (self->peer_dropdown, TRUE);
      gtk_box_append (GTK_BOX (bar), bar_label (_("_Cell"), GTK_WIDGET (self->peer_dropdown)));
      gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->peer_dropdown));
      gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
      gtk_label_set_xalign (GTK_LABEL (intro), 0);
      gtk_widget_set_hexpand (intro, TRUE);
      gtk_widget_add_css_class (intro, "dim-label");
      gtk_box_append (GTK_BOX (bar), intro);
      gtk_box_append (self->peers_box, bar);
      g_signal_connect_swapped (self->peer_dropdown, "notify::selected", G_CALLBACK (on_peer_chosen), self);

      self->peer_radar = LIVC_COMPARE_RADAR (livc_compare_radar_new ());
      gtk_widget_set_margin_start (GTK_WIDGET (self->peer_radar), 12);
      gtk_widget_set_margin_bottom (GTK_WIDGET (self->peer_radar), 12);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->peer_radar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Radar chart of the chosen cell against the others"), -1);
      self->peer_list = GTK_LIST_BOX (boxed_list (_("Scores against the others, per domain")));
      gtk_widget_set_margin_start (GTK_WIDGET (self->peer_list), 12);
      gtk_widget_set_margin_end (GTK_WIDGET (self->peer_list), 12);
      gtk_widget_set_margin_bottom (GTK_WIDGET (self->peer_list), 12);
      gtk_widget_set_valign (GTK_WIDGET (self->peer_list), GTK_ALIGN_START);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->peer_list));
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_paned_set_start_child (GTK_PANED (paned), GTK_WIDGET (self->peer_radar));
      gtk_paned_set_end_child (GTK_PANED (paned), scrolled);
      gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
      gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
      gtk_paned_set_position (GTK_PANED (paned), 460);
      gtk_widget_set_vexpand (paned, TRUE);
      gtk_box_append (self->peers_box, paned);
      self->peer_summaries = g_hash_table_new_full (NULL, NULL, NULL, g_free);
    }

  for (guint i = 0; self->comparison != NULL && i < livc_comparison_get_n (self->comparison); i++)
    g_ptr_array_add (names, livc_compare_assessment_label (member (self, i)));
  self->updating_peers = TRUE;
  set_strings (self->peer_dropdown, names);
  if (self->comparison != NULL && livc_comparison_get_n (self->comparison) > 0)
    gtk_drop_down_set_selected (self->peer_dropdown, livc_comparison_get_highlight (self->comparison));
  self->updating_peers = FALSE;
  livc_compare_window_refresh_peers (self);
}

/* The cell the peers view shows against the others; the export highlights it too. */
void
livc_compare_window_set_highlight (LivcCompareWindow *self,
                                   guint              index)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));
  g_return_if_fail (self->comparison != NULL && index < livc_comparison_get_n (self->comparison));

  livc_comparison_set_highlight (self->comparison, index);
  self->updating_peers = TRUE;
  if (index < g_list_model_get_n_items (G_LIST_MODEL (self->peer_names)))
    gtk_drop_down_set_selected (self->peer_dropdown, index);
  self->updating_peers = FALSE;
  livc_compare_window_refresh_peers (self);
}

/* What the peers view says of a domain (LIVC_COMPARISON_OVERALL: overall). */
char *
livc_compare_window_dup_peer_summary (LivcCompareWindow *self,
                                      guint              domain)
{
  guint key;

  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  if (self->comparison == NULL)
    return NULL;
  key = domain == LIVC_COMPARISON_OVERALL ? livc_comparison_get_n_domains (self->comparison) : domain;
  return g_strdup (g_hash_table_lookup (self->peer_summaries, GUINT_TO_POINTER (key)));
}

/* Export */

static char *
local_path (GFile   *file,
            GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be saved"));
  return path;
}

/* The comparison report, as `livc-scan-cli compare -o OUT.pdf --lang lang`, the chosen
 * cell highlighted. */
gboolean
livc_compare_window_export_pdf_to (LivcCompareWindow *self,
                                   const char        *lang,
                                   GFile             *file,
                                   GError           **error)
{
  g_autoptr(LivcReport) report = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), FALSE);
  g_return_val_if_fail (self->comparison != NULL, FALSE);
  g_return_val_if_fail (livc_report_lang_is_valid (lang), FALSE);

  path = local_path (file, error);
  if (path == NULL)
    return FALSE;
  report = livc_report_new_comparison (self->comparison, lang);
  return livc_report_write_pdf (report, path, error);
}

/* The table, as `livc-scan-cli compare -o OUT.csv`: one row per assessment compared and
 * domain, the file as loaded. */
gboolean
livc_compare_window_export_csv_to (LivcCompareWindow *self,
                                   GFile             *file,
                                   GError           **error)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autofree char *path = NULL;

  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), FALSE);
  g_return_val_if_fail (self->comparison != NULL, FALSE);

  path = local_path (file, error);
  if (path == NULL)
    return FALSE;
  livc_csv_write_compare_header (csv);
  for (guint i = 0; i < livc_comparison_get_n (self->comparison); i++)
    livc_csv_write_compare (csv, livc_comparison_get_label (self->comparison, i),
                            livc_comparison_get_scores (self->comparison, i));
  return livc_write_file_atomically (path, csv->str, csv->len, error);
}

static void
on_export_response (GtkNativeDialog   *chooser,
                    int                response,
                    LivcCompareWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      const char *lang = g_object_get_data (G_OBJECT (chooser), "lang");
      g_autoptr(GError) error = NULL;
      gboolean ok = lang != NULL ? livc_compare_window_export_pdf_to (self, lang, file, &error)
                                 : livc_compare_window_export_csv_to (self, file, &error);

      if (!ok)
        livc_show_problems (GTK_WINDOW (self), _("Cannot Export the Comparison"), NULL, error);
      else
        {
          livc_compare_window_remember_folder (self, file);
          livc_compare_window_toast (self, _("Comparison exported"));
        }
    }
  g_clear_object (&self->chooser);
}

static void
export_to_chosen_file (LivcCompareWindow *self,
                       const char        *lang)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export the Comparison"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  if (lang != NULL)
    {
      name = g_strdup_printf ("comparison-%s.pdf", lang);
      g_strdelimit (name, "+", '-');
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  else
    {
      name = g_strdup ("comparison.csv");
      gtk_file_filter_set_name (filter, _("CSV tables"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  livc_compare_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data_full (G_OBJECT (chooser), "lang", g_strdup (lang), g_free);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (self->chooser);
}

static void
on_lang_response (AdwMessageDialog  *dialog,
                  const char        *response,
                  LivcCompareWindow *self)
{
  if (!livc_report_lang_is_valid (response))
    return;
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "report-language", response);
  export_to_chosen_file (self, response);
}

/* The report's language is chosen each time, as the editor's Export PDF does. */
void
livc_compare_window_choose_export (LivcCompareWindow *self,
                                   gboolean           pdf)
{
  g_autofree char *preferred = NULL;
  GtkWidget *dialog;

  if (self->comparison == NULL || livc_comparison_get_n (self->comparison) == 0)
    return;
  if (!pdf)
    {
      export_to_chosen_file (self, NULL);
      return;
    }
  preferred = self->settings ? g_settings_get_string (self->settings, "report-language") : NULL;
  if (preferred == NULL || !livc_report_lang_is_valid (preferred))
    {
      g_free (preferred);
      preferred = g_strdup (livc_default_lang ());
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export PDF"),
                                   _("In which language should the report be written?"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "nl", "_Nederlands",
                                    "fr", "_Français",
                                    "en", "_English",
                                    "nl+fr", _("NL + FR _Side by Side"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), preferred, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), preferred);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_lang_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}
