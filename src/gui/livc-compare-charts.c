/* livc-compare-charts.c: the compare window's drawings. The radar and the trend charts
 * are the report's own (livc_radar_draw, livc_trend_draw), so the screen and the PDF
 * agree; the radar follows the style manager's dark mode, the trend charts, which the
 * report only draws on paper, sit on a light card of their own.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "livc-compare-charts.h"

/* The radar */

struct _LivcCompareRadar
{
  GtkWidget       parent_instance;
  LivcComparison *comparison;
  GArray         *indices;   /* guint */
  gboolean        band;
  guint           n_draws;
};

G_DEFINE_FINAL_TYPE (LivcCompareRadar, livc_compare_radar, GTK_TYPE_WIDGET)

static void
livc_compare_radar_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  LivcCompareRadar *self = LIVC_COMPARE_RADAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const char *lang = livc_default_lang ();
  LivcQuestionnaire *q;
  guint n_axes, n_series;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = NULL;
  g_autofree double *spread = NULL;
  g_autofree double *rings = NULL;
  LivcRadarSeries series[LIVC_RADAR_MAX_SERIES] = { { 0 } };
  LivcRadarData data = { 0 };
  cairo_t *cr;

  if (self->comparison == NULL || livc_comparison_get_n (self->comparison) == 0 || width <= 0 || height <= 0)
    return;
  q = livc_comparison_get_questionnaire (self->comparison);
  n_axes = livc_comparison_get_n_domains (self->comparison);
  n_series = MIN (self->indices->len, LIVC_RADAR_MAX_SERIES);
  values = g_new (double, n_series * n_axes + 1);
  spread = g_new (double, 3 * n_axes + 1);
  for (guint d = 0; d < n_axes; d++)
    g_ptr_array_add (labels, g_strdup (livc_questionnaire_lookup (q, livc_domain_get_title (livc_comparison_get_domain (self->comparison, d)), lang)));
  for (guint k = 0; k < n_series; k++)
    {
      guint index = g_array_index (self->indices, guint, k);

      g_ptr_array_add (names, livc_assessment_dup_label (livc_score_set_get_assessment (livc_comparison_get_scores (self->comparison, index))));
      for (guint d = 0; d < n_axes; d++)
        values[k * n_axes + d] = livc_comparison_get_score (self->comparison, index, d);
      series[k].name = g_ptr_array_index (names, k);
      series[k].values = values + k * n_axes;
      series[k].highlight = self->band;
    }
  if (self->band)
    {
      for (guint d = 0; d < n_axes; d++)
        livc_comparison_get_peer_spread (self->comparison, d, &spread[d], &spread[n_axes + d], &spread[2 * n_axes + d]);
      data.band_low = spread;
      data.median = spread + n_axes;
      data.band_high = spread + 2 * n_axes;
      data.band_name = _("Others: 25th–75th percentile");
      data.median_name = _("Others: median");
    }
  rings = livc_radar_stage_rings (q, &data.n_rings);
  data.rings = rings;
  data.n_axes = n_axes;
  data.labels = (const char * const *) labels->pdata;
  data.n_series = n_series;
  data.series = series;
  data.dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  livc_radar_draw (cr, &data, width, height);
  cairo_destroy (cr);
  self->n_draws++;
}

static void
livc_compare_radar_finalize (GObject *object)
{
  LivcCompareRadar *self = LIVC_COMPARE_RADAR (object);

  g_clear_object (&self->comparison);
  g_array_unref (self->indices);
  G_OBJECT_CLASS (livc_compare_radar_parent_class)->finalize (object);
}

static void
livc_compare_radar_class_init (LivcCompareRadarClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_compare_radar_finalize;
  GTK_WIDGET_CLASS (klass)->snapshot = livc_compare_radar_snapshot;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "radar");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_IMG);
}

static void
livc_compare_radar_init (LivcCompareRadar *self)
{
  self->indices = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_set_size_request (GTK_WIDGET (self), 320, 320);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
livc_compare_radar_new (void)
{
  return g_object_new (LIVC_TYPE_COMPARE_RADAR, NULL);
}

/* Up to LIVC_RADAR_MAX_SERIES assessments overlaid; with band, the first against the
 * band and median of the others (the comparison's highlighted one). The accessible
 * description names what is drawn, for those who cannot see it. */
void
livc_compare_radar_set_series (LivcCompareRadar *self,
                               LivcComparison   *comparison,
                               const guint      *indices,
                               guint             n,
                               gboolean          band)
{
  g_autoptr(GString) description = g_string_new (NULL);

  g_return_if_fail (LIVC_IS_COMPARE_RADAR (self));

  g_set_object (&self->comparison, comparison);
  g_array_set_size (self->indices, 0);
  g_array_append_vals (self->indices, indices, MIN (n, LIVC_RADAR_MAX_SERIES));
  self->band = band;
  for (guint k = 0; comparison != NULL && k < self->indices->len; k++)
    {
      g_autofree char *label = livc_assessment_dup_label (livc_score_set_get_assessment (livc_comparison_get_scores (comparison, g_array_index (self->indices, guint, k))));
      g_string_append_printf (description, "%s%s", k > 0 ? "; " : "", label);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description->str, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
livc_compare_radar_get_n_series (LivcCompareRadar *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_RADAR (self), 0);
  return self->indices->len;
}

guint
livc_compare_radar_get_n_draws (LivcCompareRadar *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_RADAR (self), 0);
  return self->n_draws;
}

/* The trend: one small chart per domain and one overall, three to a row */

#define TREND_COLUMNS 3
#define TREND_CELL_HEIGHT 180

typedef struct
{
  LivcComparison *comparison;
  LivcTrend      *trend;
} TrendChart;

static void
trend_chart_free (gpointer data)
{
  TrendChart *t = data;

  g_clear_object (&t->comparison);
  g_clear_pointer (&t->trend, livc_trend_free);
  g_free (t);
}

static void
draw_trend_chart (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  TrendChart *t = user_data;
  const char *lang = livc_default_lang ();
  guint n_domains, n_charts;
  double cell_w;
  g_autoptr(GPtrArray) x_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) value_labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = NULL;
  g_autofree double *rings = NULL;
  LivcTrendData data = { 0 };
  gboolean by_year = TRUE;

  if (t->comparison == NULL || t->trend == NULL)
    return;
  n_domains = livc_comparison_get_n_domains (t->comparison);
  n_charts = n_domains + 1;
  cell_w = (double) width / TREND_COLUMNS;
  values = g_new (double, t->trend->n);

  /* As the report: years alone when no two assessments share one. */
  for (guint k = 0; k < t->trend->n; k++)
    for (guint j = k + 1; j < t->trend->n; j++)
      if (strncmp (livc_assessment_get_date (livc_score_set_get_assessment (livc_comparison_get_scores (t->comparison, t->trend->members[k]))),
                   livc_assessment_get_date (livc_score_set_get_assessment (livc_comparison_get_scores (t->comparison, t->trend->members[j]))), 4) == 0)
        by_year = FALSE;
  for (guint k = 0; k < t->trend->n; k++)
    {
      const char *date = livc_assessment_get_date (livc_score_set_get_assessment (livc_comparison_get_scores (t->comparison, t->trend->members[k])));
      g_ptr_array_add (x_labels, !livc_date_is_valid (date) ? g_strdup ("—")
                                 : by_year ? g_strndup (date, 4)
                                 : g_strdup_printf ("%.2s/%.4s", date + 5, date));
    }
  rings = livc_radar_stage_rings (livc_comparison_get_questionnaire (t->comparison), &data.n_rings);
  data.rings = rings;
  data.n_points = t->trend->n;
  data.x_labels = (const char * const *) x_labels->pdata;
  data.values = values;

  for (guint c = 0; c < n_charts; c++)
    {
      guint domain = c < n_domains ? c : LIVC_COMPARISON_OVERALL;
      double x = (c % TREND_COLUMNS) * cell_w;
      double y = (c / TREND_COLUMNS) * TREND_CELL_HEIGHT;

      g_ptr_array_set_size (value_labels, 0);
      for (guint k = 0; k < t->trend->n; k++)
        {
          values[k] = livc_comparison_get_score (t->comparison, t->trend->members[k], domain);
          g_ptr_array_add (value_labels, livc_format_percent (values[k], lang));
        }
      data.value_labels = (const char * const *) value_labels->pdata;
      data.title = domain == LIVC_COMPARISON_OVERALL
                     ? _("Overall")
                     : livc_questionnaire_lookup (livc_comparison_get_questionnaire (t->comparison),
                                                  livc_domain_get_title (livc_comparison_get_domain (t->comparison, domain)),
                                                  lang);
      cairo_save (cr);
      /* A light card: the chart's colours are made for paper. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_rectangle (cr, x + 4, y + 4, cell_w - 8, TREND_CELL_HEIGHT - 8);
      cairo_fill (cr);
      cairo_translate (cr, x + 14, y + 12);
      livc_trend_draw (cr, &data, cell_w - 28, TREND_CELL_HEIGHT - 24);
      cairo_restore (cr);
    }
}

GtkWidget *
livc_compare_trend_chart_new (void)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_widget_set_hexpand (area, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Domain scores over time"), -1);
  return area;
}

/* Takes the trend. */
void
livc_compare_trend_chart_set (GtkWidget      *chart,
                              LivcComparison *comparison,
                              LivcTrend      *trend)
{
  TrendChart *t = g_new0 (TrendChart, 1);
  guint rows;

  t->comparison = comparison ? g_object_ref (comparison) : NULL;
  t->trend = trend;
  rows = comparison ? (livc_comparison_get_n_domains (comparison) + 1 + TREND_COLUMNS - 1) / TREND_COLUMNS : 0;
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (chart), (int) (rows * TREND_CELL_HEIGHT));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chart), draw_trend_chart, t, trend_chart_free);
}

/* The peers' bar: 0…100, the 25th–75th band, the median as a line, the cell as a dot */

typedef struct
{
  double value, low, median, high;
} PeerBar;

static void
draw_peer_bar (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  PeerBar *b = user_data;
  GdkRGBA fg;
  double mid = height / 2.0;
  double w = width - 8;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  cairo_translate (cr, 4, 0);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
  cairo_rectangle (cr, 0, mid - 2, w, 4);
  cairo_fill (cr);
  if (!isnan (b->low))
    {
      cairo_set_source_rgba (cr, 0.40, 0.55, 0.85, 0.55);
      cairo_rectangle (cr, w * b->low / 100, mid - 7, MAX (2, w * (b->high - b->low) / 100), 14);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, w * b->median / 100, mid - 9);
      cairo_line_to (cr, w * b->median / 100, mid + 9);
      cairo_stroke (cr);
    }
  if (!isnan (b->value))
    {
      cairo_set_source_rgb (cr, 0.80, 0.25, 0.15);
      cairo_arc (cr, w * b->value / 100, mid, 5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* Not announced by itself: the row around it says the same numbers in words. */
GtkWidget *
livc_compare_peer_bar_new (double value,
                           double low,
                           double median,
                           double high)
{
  GtkWidget *area = gtk_drawing_area_new ();
  PeerBar *b = g_new (PeerBar, 1);

  b->value = value;
  b->low = low;
  b->median = median;
  b->high = high;
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 180);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 24);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_peer_bar, b, g_free);
  return area;
}
