/* livc-compare-radar.c: the compare window's radar. It is the report's own
 * (livc_radar_draw), so the screen and the PDF agree, and it follows the style manager's
 * dark mode.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-compare-radar.h"

struct _LivcCompareRadar
{
  GtkWidget       parent_instance;
  LivcComparison *comparison;
  GArray         *indices;   /* guint */
  GArray         *slots;     /* guint: each one's colour */
  gboolean        band;
  guint           n_draws;
};

G_DEFINE_FINAL_TYPE (LivcCompareRadar, livc_compare_radar, GTK_TYPE_WIDGET)

static LivcAssessment *
member (LivcComparison *comparison,
        guint           index)
{
  return livc_score_set_get_assessment (livc_comparison_get_scores (comparison, index));
}

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

  if (self->comparison == NULL || livc_comparison_get_n (self->comparison) == 0 ||
      width <= 0 || height <= 0)
    return;
  q = livc_comparison_get_questionnaire (self->comparison);
  n_axes = livc_comparison_get_n_domains (self->comparison);
  n_series = MIN (self->indices->len, LIVC_RADAR_MAX_SERIES);
  values = g_new (double, n_series * n_axes + 1);
  spread = g_new (double, 3 * n_axes + 1);
  for (guint d = 0; d < n_axes; d++)
    {
      LivcDomain *domain = livc_comparison_get_domain (self->comparison, d);
      const char *title = livc_questionnaire_lookup (q, livc_domain_get_title (domain), lang);

      g_ptr_array_add (labels, g_strdup (title));
    }
  for (guint k = 0; k < n_series; k++)
    {
      guint index = g_array_index (self->indices, guint, k);

      g_ptr_array_add (names, livc_assessment_dup_label (member (self->comparison, index)));
      for (guint d = 0; d < n_axes; d++)
        values[k * n_axes + d] = livc_comparison_get_score (self->comparison, index, d);
      series[k].name = g_ptr_array_index (names, k);
      series[k].values = values + k * n_axes;
      series[k].highlight = self->band;
    }
  if (self->band)
    {
      for (guint d = 0; d < n_axes; d++)
        livc_comparison_get_peer_spread (self->comparison, d, &spread[d], &spread[n_axes + d],
                                         &spread[2 * n_axes + d]);
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
  data.slots = &g_array_index (self->slots, guint, 0);
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
  g_array_unref (self->slots);
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
  self->slots = g_array_new (FALSE, FALSE, sizeof (guint));
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

/* Up to LIVC_RADAR_MAX_SERIES assessments overlaid, each in the colour of its slot (NULL:
 * of its place); with band, the first against the band and median of the others (the
 * comparison's highlighted one). The accessible description names what is drawn, for
 * those who cannot see it. */
void
livc_compare_radar_set_series (LivcCompareRadar *self,
                               LivcComparison   *comparison,
                               const guint      *indices,
                               const guint      *slots,
                               guint             n,
                               gboolean          band)
{
  g_autoptr(GString) description = g_string_new (NULL);

  g_return_if_fail (LIVC_IS_COMPARE_RADAR (self));
  g_return_if_fail (n <= LIVC_RADAR_MAX_SERIES);

  g_set_object (&self->comparison, comparison);
  g_array_set_size (self->indices, 0);
  g_array_append_vals (self->indices, indices, n);
  g_array_set_size (self->slots, n);
  for (guint k = 0; k < n; k++)
    g_array_index (self->slots, guint, k) = slots != NULL ? slots[k] : k;
  self->band = band;
  for (guint k = 0; comparison != NULL && k < self->indices->len; k++)
    {
      guint index = g_array_index (self->indices, guint, k);
      g_autofree char *label = livc_assessment_dup_label (member (comparison, index));

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

/* The colour slot of the k-th series drawn. */
guint
livc_compare_radar_get_series_slot (LivcCompareRadar *self,
                                    guint             k)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_RADAR (self), 0);
  g_return_val_if_fail (k < self->slots->len, 0);
  return g_array_index (self->slots, guint, k);
}

/* The assessment (its index in the comparison) of the k-th series drawn. */
guint
livc_compare_radar_get_series_index (LivcCompareRadar *self,
                                     guint             k)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_RADAR (self), 0);
  g_return_val_if_fail (k < self->indices->len, 0);
  return g_array_index (self->indices, guint, k);
}

guint
livc_compare_radar_get_n_draws (LivcCompareRadar *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_RADAR (self), 0);
  return self->n_draws;
}

/* The legend's swatch: the colour of the radar's series-th line */

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  double r, g, b;

  livc_radar_series_color (GPOINTER_TO_UINT (user_data),
                           adw_style_manager_get_dark (adw_style_manager_get_default ()),
                           &r, &g, &b);
  cairo_set_source_rgb (cr, r, g, b);
  cairo_rectangle (cr, 2, 2, width - 4, height - 4);
  cairo_fill (cr);
}

GtkWidget *
livc_compare_radar_swatch_new (guint series)
{
  GtkWidget *swatch = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 16);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 16);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                  GUINT_TO_POINTER (series), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), swatch, G_CONNECT_SWAPPED);
  return swatch;
}
