/* livc-compare-trend-chart.c: the trend of one municipality: one small chart per domain
 * and one overall, three to a row. They are the report's own (livc_trend_draw), so the
 * screen and the PDF agree; as the report only draws them on paper, each sits on a light
 * card of its own.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-compare-trend-chart.h"

#define TREND_COLUMNS 3
#define TREND_CELL_HEIGHT 180

struct _LivcCompareTrendChart
{
  GtkDrawingArea  parent_instance;
  LivcComparison *comparison;
  LivcTrend      *trend;
};

G_DEFINE_FINAL_TYPE (LivcCompareTrendChart, livc_compare_trend_chart, GTK_TYPE_DRAWING_AREA)

static void
draw_trend_chart (GtkDrawingArea *area,
                  cairo_t        *cr,
                  int             width,
                  int             height,
                  gpointer        user_data)
{
  LivcCompareTrendChart *self = LIVC_COMPARE_TREND_CHART (area);
  LivcComparison *comparison = self->comparison;
  LivcTrend *trend = self->trend;
  const char *lang = livc_default_lang ();
  LivcQuestionnaire *q;
  guint n_domains, n_charts;
  double cell_w;
  g_autoptr(GPtrArray) x_labels = NULL;
  g_autoptr(GPtrArray) value_labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = NULL;
  g_autofree double *rings = NULL;
  LivcTrendData data = { 0 };

  if (comparison == NULL || trend == NULL)
    return;
  n_domains = livc_comparison_get_n_domains (comparison);
  n_charts = n_domains + 1;
  cell_w = (double) width / TREND_COLUMNS;
  values = g_new (double, trend->n);

  x_labels = livc_comparison_dup_trend_labels (comparison, trend);
  q = livc_comparison_get_questionnaire (comparison);
  rings = livc_radar_stage_rings (q, &data.n_rings);
  data.rings = rings;
  data.n_points = trend->n;
  data.x_labels = (const char * const *) x_labels->pdata;
  data.values = values;

  for (guint c = 0; c < n_charts; c++)
    {
      guint domain = c < n_domains ? c : LIVC_COMPARISON_OVERALL;
      double x = (c % TREND_COLUMNS) * cell_w;
      double y = (c / TREND_COLUMNS) * TREND_CELL_HEIGHT;

      g_ptr_array_set_size (value_labels, 0);
      for (guint k = 0; k < trend->n; k++)
        {
          values[k] = livc_comparison_get_score (comparison, trend->members[k], domain);
          g_ptr_array_add (value_labels, livc_format_percent (values[k], lang));
        }
      data.value_labels = (const char * const *) value_labels->pdata;
      if (domain == LIVC_COMPARISON_OVERALL)
        data.title = _("Overall");
      else
        {
          LivcDomain *d = livc_comparison_get_domain (comparison, domain);

          data.title = livc_questionnaire_lookup (q, livc_domain_get_title (d), lang);
        }
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

static void
livc_compare_trend_chart_finalize (GObject *object)
{
  LivcCompareTrendChart *self = LIVC_COMPARE_TREND_CHART (object);

  g_clear_object (&self->comparison);
  g_clear_pointer (&self->trend, livc_trend_free);
  G_OBJECT_CLASS (livc_compare_trend_chart_parent_class)->finalize (object);
}

static void
livc_compare_trend_chart_class_init (LivcCompareTrendChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = livc_compare_trend_chart_finalize;
}

static void
livc_compare_trend_chart_init (LivcCompareTrendChart *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Domain scores over time"), -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_trend_chart, NULL, NULL);
}

GtkWidget *
livc_compare_trend_chart_new (void)
{
  return g_object_new (LIVC_TYPE_COMPARE_TREND_CHART, NULL);
}

/* trend's members are indices into comparison; the chart keeps a copy of both. */
void
livc_compare_trend_chart_set_trend (LivcCompareTrendChart *self,
                                    LivcComparison        *comparison,
                                    const LivcTrend       *trend)
{
  guint rows;

  g_return_if_fail (LIVC_IS_COMPARE_TREND_CHART (self));

  g_set_object (&self->comparison, comparison);
  g_clear_pointer (&self->trend, livc_trend_free);
  if (trend != NULL)
    {
      self->trend = g_new0 (LivcTrend, 1);
      self->trend->name = g_strdup (trend->name);
      self->trend->n = trend->n;
      self->trend->members = g_memdup2 (trend->members, trend->n * sizeof (guint));
    }
  /* A chart per domain and one overall. */
  rows = comparison ? (livc_comparison_get_n_domains (comparison) + TREND_COLUMNS) / TREND_COLUMNS
                    : 0;
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self), (int) (rows * TREND_CELL_HEIGHT));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
