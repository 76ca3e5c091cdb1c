/* livc-trend.c: a domain's score over time. The geometry depends on the size only, not
 * on measured text, so that drawing and the tests that sample its pixels agree.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "livc-chart-private.h"
#include "livc-trend.h"

typedef struct
{
  double font;                 /* font size */
  double left, right, top, bottom; /* the plot area */
} Geometry;

static void
compute_geometry (double    width,
                  double    height,
                  Geometry *g)
{
  g->font = CLAMP (height / 13.0, 5.0, 14.0);
  g->left = g->font * 2.6;
  g->right = width - g->font * 1.6;
  g->top = g->font * 3.6;      /* two title lines, then room for a value label */
  g->bottom = height - g->font * 1.8;
}

static double
point_x (const LivcTrendData *data,
         const Geometry      *g,
         guint                index)
{
  double first, last;

  /* Points keep clear of the frame, so that their values never touch the axis labels. */
  double left = g->left + g->font * 1.5, right = g->right - g->font * 1.5;

  if (data->n_points < 2)
    return (left + right) / 2;
  if (data->x == NULL)
    return left + (right - left) * index / (data->n_points - 1);
  first = data->x[0];
  last = data->x[data->n_points - 1];
  if (last <= first)
    return left + (right - left) * index / (data->n_points - 1);
  return left + (right - left) * (data->x[index] - first) / (last - first);
}

static double
value_y (const Geometry *g,
         double          value)
{
  return g->bottom - (g->bottom - g->top) * CLAMP (value, 0.0, 100.0) / 100.0;
}

/* Where point index is drawn; FALSE when it has no score. */
gboolean
livc_trend_point (const LivcTrendData *data,
                  double               width,
                  double               height,
                  guint                index,
                  double              *x,
                  double              *y)
{
  Geometry g;

  g_return_val_if_fail (data != NULL, FALSE);
  if (index >= data->n_points || data->values == NULL || isnan (data->values[index]))
    return FALSE;
  compute_geometry (width, height, &g);
  *x = point_x (data, &g, index);
  *y = value_y (&g, data->values[index]);
  return TRUE;
}

static PangoLayout *
text_layout (cairo_t             *cr,
             const LivcTrendData *data,
             const char          *text,
             double               size,
             gboolean             bold)
{
  return livc_chart_text_layout (cr, data->font_family, text, size, bold);
}

/* Draws a layout centred on x within [min_x, max_x]; returns its right edge. */
static double
show_centered (cairo_t     *cr,
               PangoLayout *layout,
               double       x,
               double       y,
               double       min_x,
               double       max_x)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  x = CLAMP (x - w / 2.0, min_x, MAX (min_x, max_x - w));
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return x + w;
}

void
livc_trend_draw (cairo_t             *cr,
                 const LivcTrendData *data,
                 double               width,
                 double               height)
{
  Geometry g;
  gboolean pen_down = FALSE;

  g_return_if_fail (cr != NULL && data != NULL);
  compute_geometry (width, height, &g);
  cairo_save (cr);

  /* Title: at most two lines, ellipsized. */
  {
    g_autoptr(PangoLayout) title = text_layout (cr, data, data->title, g.font, TRUE);

    pango_layout_set_width (title, (int) (width * PANGO_SCALE));
    pango_layout_set_wrap (title, PANGO_WRAP_WORD);
    pango_layout_set_height (title, -2);
    pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
    cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
    cairo_move_to (cr, 0, 0);
    pango_cairo_show_layout (cr, title);
  }

  /* Frame, 0 and 100, and the guides. */
  cairo_set_line_width (cr, MAX (0.4, g.font / 18));
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.58);
  cairo_rectangle (cr, g.left, g.top, g.right - g.left, g.bottom - g.top);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, 0.78, 0.78, 0.80);
  for (guint r = 0; r < data->n_rings; r++)
    {
      double dash = g.font / 4;
      double y = value_y (&g, data->rings[r]);

      if (data->rings[r] <= 0 || data->rings[r] >= 100)
        continue;
      cairo_set_dash (cr, &dash, 1, 0);
      cairo_move_to (cr, g.left, y);
      cairo_line_to (cr, g.right, y);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
  {
    static const double ticks[] = { 0, 50, 100 };

    for (guint t = 0; t < G_N_ELEMENTS (ticks); t++)
      {
        g_autofree char *text = g_strdup_printf ("%.0f", ticks[t]);
        g_autoptr(PangoLayout) layout = text_layout (cr, data, text, g.font * 0.8, FALSE);
        int w, h;

        pango_layout_get_pixel_size (layout, &w, &h);
        cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
        cairo_move_to (cr, g.left - w - g.font * 0.3, value_y (&g, ticks[t]) - h / 2.0);
        pango_cairo_show_layout (cr, layout);
      }
  }

  /* Dates under the axis; a date that would touch the one before it is left out. */
  {
    double last_right = -G_MAXDOUBLE;

    for (guint i = 0; i < data->n_points && data->x_labels != NULL; i++)
      {
        g_autoptr(PangoLayout) layout = text_layout (cr, data, data->x_labels[i], g.font * 0.8,
                                                     FALSE);
        double x = point_x (data, &g, i);
        int w, h;

        pango_layout_get_pixel_size (layout, &w, &h);
        if (CLAMP (x - w / 2.0, 0, MAX (0, width - w)) < last_right + g.font * 0.5)
          continue;
        cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
        last_right = show_centered (cr, layout, x, g.bottom + g.font * 0.3, 0, width);
      }
  }

  /* The line, broken where there is no score, then its points and values. */
  cairo_set_source_rgb (cr, 0.000, 0.447, 0.698);
  cairo_set_line_width (cr, MAX (1.0, g.font / 6));
  for (guint i = 0; i < data->n_points && data->values != NULL; i++)
    {
      if (isnan (data->values[i]))
        {
          pen_down = FALSE;
          continue;
        }
      if (pen_down)
        cairo_line_to (cr, point_x (data, &g, i), value_y (&g, data->values[i]));
      else
        cairo_move_to (cr, point_x (data, &g, i), value_y (&g, data->values[i]));
      pen_down = TRUE;
    }
  cairo_stroke (cr);
  for (guint i = 0; i < data->n_points && data->values != NULL; i++)
    {
      double x = point_x (data, &g, i);
      double y;

      if (isnan (data->values[i]))
        continue;
      y = value_y (&g, data->values[i]);
      cairo_set_source_rgb (cr, 0.000, 0.447, 0.698);
      cairo_arc (cr, x, y, g.font / 3, 0, 2 * G_PI);
      cairo_fill (cr);
      if (data->value_labels != NULL)
        {
          g_autoptr(PangoLayout) layout = text_layout (cr, data, data->value_labels[i],
                                                       g.font * 0.8, TRUE);
          double above;
          int w, h;

          pango_layout_get_pixel_size (layout, &w, &h);
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          /* Above the point, or below it when the point is near the top. */
          above = y - h - g.font * 0.3;
          show_centered (cr, layout, x, above < g.top - g.font * 1.2 ? y + g.font * 0.4 : above,
                         0, width);
        }
    }
  cairo_restore (cr);
}
