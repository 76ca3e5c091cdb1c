/* livc-radar.c: the radar chart. The geometry (centre, radius, axis angles) is computed
 * in one place so that drawing and the tests that sample its pixels agree; labels are
 * wrapped with Pango, inside a word when it must, on at most LABEL_LINES lines per
 * language, and the radius shrinks until every label fits inside the area. Fewer than
 * three axes make no polygon: they are drawn as horizontal bars instead.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "livc-chart-private.h"
#include "livc-radar.h"

/* Okabe–Ito hues, told apart with every common colour-vision deficiency, each at least
 * 3:1 against its background (WCAG's minimum for graphics): darkened where the original
 * is too light for white paper, lightened for the dark style's window. */
static const double palette[LIVC_RADAR_MAX_SERIES][3] = {
  { 0.000, 0.447, 0.698 }, /* blue */
  { 0.750, 0.420, 0.000 }, /* orange, darkened */
  { 0.000, 0.620, 0.451 }, /* bluish green */
  { 0.720, 0.380, 0.580 }, /* reddish purple, darkened */
  { 0.150, 0.550, 0.850 }, /* sky blue, darkened */
  { 0.835, 0.369, 0.000 }, /* vermillion */
  { 0.600, 0.550, 0.100 }, /* dark yellow */
  { 0.300, 0.300, 0.300 }, /* grey */
};

static const double dark_palette[LIVC_RADAR_MAX_SERIES][3] = {
  { 0.300, 0.560, 0.950 }, /* blue */
  { 0.902, 0.624, 0.000 }, /* orange */
  { 0.200, 0.750, 0.580 }, /* bluish green */
  { 0.880, 0.560, 0.750 }, /* reddish purple */
  { 0.550, 0.850, 1.000 }, /* sky blue */
  { 0.950, 0.450, 0.200 }, /* vermillion */
  { 0.940, 0.890, 0.260 }, /* yellow */
  { 0.780, 0.780, 0.780 }, /* light grey */
};

/* A line style per series too, so the chart survives black-and-white printing. */
static const double dash_patterns[LIVC_RADAR_MAX_SERIES][2] = {
  { 0, 0 }, { 6, 3 }, { 2, 2 }, { 8, 3 }, { 1, 3 }, { 10, 4 }, { 4, 4 }, { 3, 6 },
};

/* An axis label's lines per language at most, the last one ellipsized: a title of any
 * length keeps the chart its size. */
#define LABEL_LINES 3
/* Characters of a label's paragraph laid out at most: more than LABEL_LINES lines of the
 * narrowest glyphs (a quarter of an em) hold, and never more than LABEL_CHARS. */
#define LABEL_CHARS 1000

typedef struct
{
  gboolean bars;     /* fewer than three axes: a bar per axis and series */
  double bar_left, bar_right; /* bars: where 0 and 100 are */
  double top, row_h;           /* bars: the first row's top and each row's height */
  double cx, cy, radius;
  double legend_top;
  double unit;       /* base size: font and line widths scale with the chart */
  double label_font; /* the axis labels' size: smaller when they would collide */
} Geometry;

/* The colour of series index: for white paper and the light style, or for the dark
 * style's window. */
void
livc_radar_series_color (guint    index,
                         gboolean dark,
                         double  *r,
                         double  *g,
                         double  *b)
{
  const double (*colors)[3] = dark ? dark_palette : palette;

  index %= LIVC_RADAR_MAX_SERIES;
  *r = colors[index][0];
  *g = colors[index][1];
  *b = colors[index][2];
}

/* The colour (and line style) a series is drawn in: its slot when the caller gives one,
 * so that a series keeps its colour while others come and go. */
static guint
series_slot (const LivcRadarData *data,
             guint                s)
{
  return data->slots != NULL ? data->slots[s] : s;
}

static void
series_color (const LivcRadarData *data,
              guint                s,
              double              *r,
              double              *g,
              double              *b)
{
  livc_radar_series_color (series_slot (data, s), data->dark, r, g, b);
}

/* Rings (or guides) at the stage minimums, so that a chart shows where each stage begins,
 * and at 100: the radar's rings and the trend charts' guides, in the reports and on
 * screen alike. A stage from 0 needs no ring of its own. */
double *
livc_radar_stage_rings (LivcQuestionnaire *questionnaire,
                        guint             *n_rings)
{
  GListModel *stages;
  double *rings;

  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (questionnaire), NULL);
  g_return_val_if_fail (n_rings != NULL, NULL);

  stages = livc_questionnaire_get_stages (questionnaire);
  rings = g_new (double, g_list_model_get_n_items (stages) + 1);
  *n_rings = 0;
  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);

      if (livc_stage_get_min (stage) > 0)
        rings[(*n_rings)++] = livc_stage_get_min (stage);
    }
  rings[(*n_rings)++] = 100;
  return rings;
}

static double
axis_angle (guint axis,
            guint n_axes)
{
  /* The first axis points up; the others follow clockwise. */
  return -G_PI / 2 + 2 * G_PI * axis / MAX (n_axes, 1);
}

static guint
legend_entries (const LivcRadarData *data)
{
  return data->n_series + (data->band_low != NULL ? 1 : 0) + (data->median != NULL ? 1 : 0);
}

/* More than four entries go in two columns when the chart is wide enough to read them. */
static guint
legend_columns (const LivcRadarData *data,
                double               width,
                double               unit)
{
  return legend_entries (data) > 4 && width >= unit * 24 ? 2 : 1;
}

static guint
legend_rows (const LivcRadarData *data,
             double               width,
             double               unit)
{
  guint columns = legend_columns (data, width, unit);

  return (legend_entries (data) + columns - 1) / columns;
}

static PangoLayout *
label_layout (cairo_t             *cr,
              const LivcRadarData *data,
              const char          *text,
              double               font_size,
              double               max_width)
{
  PangoLayout *layout = livc_chart_text_layout (cr, data->font_family, text, font_size, FALSE);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  return layout;
}

/* A label cut to max_chars characters per paragraph, with an ellipsis where it was cut:
 * Pango lays out the whole of an ellipsized paragraph, and a 100 KB title took minutes. */
static char *
bounded_label (const char *text,
               guint       max_chars)
{
  GString *out = g_string_new (NULL);
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      const char *end = strchr (p, '\n');
      const char *q = p;
      guint n = 0;

      if (end == NULL)
        end = p + strlen (p);
      while (q < end && n < max_chars)
        {
          q = g_utf8_next_char (q);
          n++;
        }
      g_string_append_len (out, p, q - p);
      if (q < end)
        g_string_append (out, "…");
      if (*end == '\0')
        break;
      g_string_append_c (out, '\n');
      p = end + 1;
    }
  return g_string_free (out, FALSE);
}

/* An axis label: wrapped to max_width, even inside a word, on LABEL_LINES lines per
 * language at most, the last one ellipsized. */
static PangoLayout *
axis_label_layout (cairo_t             *cr,
                   const LivcRadarData *data,
                   guint                axis,
                   double               font_size,
                   double               max_width)
{
  double per_line = 1.5 * max_width / MAX (font_size * 0.25, 0.01);
  guint max_chars = (guint) MIN (LABEL_LINES * per_line + 16, LABEL_CHARS);
  g_autofree char *text = bounded_label (data->labels != NULL ? data->labels[axis] : "", max_chars);
  PangoLayout *layout = label_layout (cr, data, text, font_size, max_width);
  int pw, ph;

  /* A long word may stand out of the width by half of it, as it reads better whole;
   * longer runs break where they must (laid out again only then). */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_height (layout, -LABEL_LINES);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &pw, &ph);
  if (pw > max_width * 1.5)
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* Where a label's box goes for an axis end at (x, y): beyond it, away from the centre,
 * never over the end itself: centred on a vertical or horizontal axis, else with its
 * nearest corner at the gap. */
static void
label_origin (double  angle,
              double  x,
              double  y,
              double  w,
              double  h,
              double  gap,
              double *lx,
              double *ly)
{
  double c = cos (angle), s = sin (angle);

  *lx = fabs (c) < 0.2 ? x - w / 2 : c > 0 ? x + gap * c : x + gap * c - w;
  *ly = fabs (s) < 0.2 ? y - h / 2 : s > 0 ? y + gap * s : y + gap * s - h;
}

/* Bars: labels in the left third, then a bar per series from 0 to its value, rows one
 * under the other, the scale's numbers under the last one. */
static void
compute_bars (const LivcRadarData *data,
              double               width,
              double               height,
              Geometry            *g)
{
  double unit = MIN (width, height) / 40.0;
  guint rows = legend_rows (data, width, unit);
  double legend_h = rows > 0 ? (rows + 0.5) * unit * 1.4 : 0;
  double area_h = height - legend_h;

  memset (g, 0, sizeof *g);
  g->bars = TRUE;
  g->unit = unit;
  g->label_font = unit * 0.9;
  g->legend_top = area_h;
  g->bar_left = width * 0.3 + unit * 2;
  g->bar_right = width - unit * 2.5;
  g->top = unit;
  g->row_h = MAX (area_h - unit * 3 - g->top, unit) / MAX (data->n_axes, 1);
  /* The legend lines up with the chart's left edge. */
  g->cx = width / 2;
  g->radius = width / 2 - unit;
  g->cy = g->top + g->row_h * data->n_axes / 2;
}

/* The bar of series s on axis: its top and thickness. */
static void
bar_band (const LivcRadarData *data,
          const Geometry      *g,
          guint                axis,
          guint                s,
          double              *top,
          double              *thickness)
{
  guint n = MAX (data->n_series, 1);

  *thickness = MIN (g->row_h * 0.6 / n, g->unit * 2.5);
  *top = g->top + axis * g->row_h + (g->row_h - *thickness * n) / 2 + s * *thickness;
}

static void
compute_geometry (cairo_t             *cr,
                  const LivcRadarData *data,
                  double               width,
                  double               height,
                  Geometry            *g)
{
  double unit = MIN (width, height) / 40.0;
  guint rows = legend_rows (data, width, unit);
  double legend_h = rows > 0 ? (rows + 0.5) * unit * 1.4 : 0;
  double area_h = height - legend_h;
  double label_w = MAX (width / 5.0, unit * 6);

  if (data->n_axes < 3)
    {
      compute_bars (data, width, height, g);
      return;
    }
  g->bars = FALSE;
  g->unit = unit;
  g->cx = width / 2;
  g->cy = area_h / 2;
  g->legend_top = area_h;

  /* Shrink the radius until every wrapped label lies inside the drawing area; when labels
   * then still collide (many long labels in a small chart), try again with smaller
   * labels. The labels' sizes do not depend on the radius: they are measured once per
   * font size, not at every step (this runs on each redraw). */
  {
    g_autofree int *sizes = g_new (int, 2 * MAX (data->n_axes, 1));
    g_autofree cairo_rectangle_t *boxes = g_new (cairo_rectangle_t, MAX (data->n_axes, 1));
    double full = MIN (width, area_h) / 2 - unit;

    for (int step = 0; step < 6; step++)
      {
        gboolean apart = TRUE;

        g->label_font = unit * 0.9 * pow (0.88, step);
        g->radius = full;
        for (guint a = 0; a < data->n_axes; a++)
          {
            PangoLayout *layout = axis_label_layout (cr, data, a, g->label_font, label_w);
            pango_layout_get_pixel_size (layout, &sizes[2 * a], &sizes[2 * a + 1]);
            g_object_unref (layout);
          }
        for (int tries = 0; tries < 60 && g->radius > unit * 3; tries++)
          {
            gboolean fits = TRUE;

            for (guint a = 0; a < data->n_axes; a++)
              {
                double angle = axis_angle (a, data->n_axes);

                label_origin (angle,
                              g->cx + g->radius * cos (angle), g->cy + g->radius * sin (angle),
                              sizes[2 * a], sizes[2 * a + 1], unit * 0.6,
                              &boxes[a].x, &boxes[a].y);
                boxes[a].width = sizes[2 * a];
                boxes[a].height = sizes[2 * a + 1];
                fits = fits && boxes[a].x >= 0 && boxes[a].y >= 0 &&
                       boxes[a].x + boxes[a].width <= width &&
                       boxes[a].y + boxes[a].height <= area_h;
              }
            if (fits)
              break;
            g->radius -= unit * 0.5;
          }
        for (guint a = 0; a < data->n_axes && apart; a++)
          for (guint b = 0; b < a && apart; b++)
            apart = !(boxes[a].x < boxes[b].x + boxes[b].width &&
                      boxes[b].x < boxes[a].x + boxes[a].width &&
                      boxes[a].y < boxes[b].y + boxes[b].height &&
                      boxes[b].y < boxes[a].y + boxes[a].height);
        if (apart)
          break;
      }
  }
}

gboolean
livc_radar_point (const LivcRadarData *data,
                  double               width,
                  double               height,
                  guint                axis,
                  double               value,
                  double              *x,
                  double              *y)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  Geometry g;
  double angle;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (axis < data->n_axes, FALSE);

  if (isnan (value))
    return FALSE;
  /* Text metrics need a context; a tiny surface is enough. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  compute_geometry (cr, data, width, height, &g);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  value = CLAMP (value, 0, 100);
  if (g.bars)
    {
      double top, thickness;

      /* The end of the first series' bar. */
      bar_band (data, &g, axis, 0, &top, &thickness);
      *x = g.bar_left + (g.bar_right - g.bar_left) * value / 100;
      *y = top + thickness / 2;
      return TRUE;
    }
  angle = axis_angle (axis, data->n_axes);
  *x = g.cx + g.radius * value / 100 * cos (angle);
  *y = g.cy + g.radius * value / 100 * sin (angle);
  return TRUE;
}

static void
set_ink (cairo_t             *cr,
         const LivcRadarData *data,
         double               alpha)
{
  if (data->dark)
    cairo_set_source_rgba (cr, 0.92, 0.92, 0.92, alpha);
  else
    cairo_set_source_rgba (cr, 0.15, 0.15, 0.15, alpha);
}

static void
trace_polygon (cairo_t        *cr,
               const Geometry *g,
               guint           n_axes,
               const double   *values,
               gboolean        skip_missing)
{
  gboolean started = FALSE;

  for (guint a = 0; a < n_axes; a++)
    {
      double v = values[a];
      double angle = axis_angle (a, n_axes);
      double r;

      if (isnan (v))
        {
          if (skip_missing)
            continue;
          v = 0;
        }
      v = CLAMP (v, 0, 100);
      r = g->radius * v / 100;
      if (!started)
        cairo_move_to (cr, g->cx + r * cos (angle), g->cy + r * sin (angle));
      else
        cairo_line_to (cr, g->cx + r * cos (angle), g->cy + r * sin (angle));
      started = TRUE;
    }
  if (started)
    cairo_close_path (cr);
}

/* The rings' values: the data's, else quarters. */
static const double *
ring_values (const LivcRadarData *data,
             guint               *n_rings)
{
  static const double quarters[] = { 25, 50, 75, 100 };

  *n_rings = data->n_rings > 0 ? data->n_rings : G_N_ELEMENTS (quarters);
  return data->n_rings > 0 ? data->rings : quarters;
}

static void
draw_grid (cairo_t             *cr,
           const LivcRadarData *data,
           const Geometry      *g)
{
  guint n_rings;
  const double *rings = ring_values (data, &n_rings);

  cairo_save (cr);
  cairo_set_line_width (cr, g->unit * 0.06);
  for (guint r = 0; r < n_rings; r++)
    {
      double radius = g->radius * CLAMP (rings[r], 0, 100) / 100;

      if (radius <= 0)
        continue;
      set_ink (cr, data, 0.25);
      for (guint a = 0; a <= data->n_axes; a++)
        {
          double angle = axis_angle (a % data->n_axes, data->n_axes);
          if (a == 0)
            cairo_move_to (cr, g->cx + radius * cos (angle), g->cy + radius * sin (angle));
          else
            cairo_line_to (cr, g->cx + radius * cos (angle), g->cy + radius * sin (angle));
        }
      cairo_stroke (cr);
    }
  set_ink (cr, data, 0.45);
  for (guint a = 0; a < data->n_axes; a++)
    {
      double angle = axis_angle (a, data->n_axes);
      cairo_move_to (cr, g->cx, g->cy);
      cairo_line_to (cr, g->cx + g->radius * cos (angle), g->cy + g->radius * sin (angle));
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Each ring's value, and the stage it begins when told, just under the ring right of the
 * first axis: inside the chart, clear of the first axis's label above it. They are drawn
 * over the shapes, on a halo of the background, so that no shape hides them. */
static void
draw_ring_labels (cairo_t             *cr,
                  const LivcRadarData *data,
                  const Geometry      *g)
{
  guint n_rings;
  const double *rings = ring_values (data, &n_rings);

  cairo_save (cr);
  for (guint r = 0; r < n_rings; r++)
    {
      double radius = g->radius * CLAMP (rings[r], 0, 100) / 100;
      const char *stage = data->n_rings > 0 && data->ring_labels != NULL
                            ? data->ring_labels[r] : NULL;
      char value[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *text = NULL;
      PangoLayout *layout;

      if (radius <= 0)
        continue;
      g_ascii_formatd (value, sizeof value, "%.0f", rings[r]);
      text = stage != NULL ? g_strdup_printf ("%s %s", value, stage) : g_strdup (value);
      layout = label_layout (cr, data, text, g->unit * 0.85, g->radius);
      cairo_move_to (cr, g->cx + g->unit * 0.5, g->cy - radius + g->unit * 0.1);
      pango_cairo_layout_path (cr, layout);
      if (data->dark)
        cairo_set_source_rgba (cr, 0, 0, 0, 0.8);
      else
        cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      cairo_set_line_width (cr, g->unit * 0.3);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      set_ink (cr, data, 0.75);
      cairo_move_to (cr, g->cx + g->unit * 0.5, g->cy - radius + g->unit * 0.1);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
  cairo_restore (cr);
}

/* The label of an axis, laid out and placed: its layout (to be unreffed) and its box. */
static PangoLayout *
place_label (cairo_t             *cr,
             const LivcRadarData *data,
             const Geometry      *g,
             double               width,
             guint                axis,
             cairo_rectangle_t   *box)
{
  double label_w = MAX (width / 5.0, g->unit * 6);
  double angle = axis_angle (axis, data->n_axes);
  double c = cos (angle);
  PangoLayout *layout;
  int pw, ph;

  if (g->bars)
    {
      /* Right-aligned before the bars, in the middle of the axis's row. */
      layout = axis_label_layout (cr, data, axis, g->label_font, g->bar_left - g->unit * 2.5);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      pango_layout_get_pixel_size (layout, &pw, &ph);
      pango_layout_set_width (layout, (pw + 1) * PANGO_SCALE);
      box->x = g->bar_left - g->unit - pw;
      box->y = g->top + axis * g->row_h + (g->row_h - ph) / 2;
      box->width = pw;
      box->height = ph;
      return layout;
    }
  layout = axis_label_layout (cr, data, axis, g->label_font, label_w);

  pango_layout_set_alignment (layout, fabs (c) < 0.2 ? PANGO_ALIGN_CENTER
                                       : c > 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
  pango_layout_get_pixel_size (layout, &pw, &ph);
  /* With a set width, Pango aligns inside that width: shrink it to the ink. */
  pango_layout_set_width (layout, (pw + 1) * PANGO_SCALE);
  label_origin (angle, g->cx + g->radius * c, g->cy + g->radius * sin (angle), pw, ph,
                g->unit * 0.6, &box->x, &box->y);
  box->width = pw;
  box->height = ph;
  return layout;
}

static void
draw_labels (cairo_t             *cr,
             const LivcRadarData *data,
             const Geometry      *g,
             double               width)
{
  for (guint a = 0; a < data->n_axes; a++)
    {
      cairo_rectangle_t box;
      PangoLayout *layout = place_label (cr, data, g, width, a, &box);

      set_ink (cr, data, 1);
      cairo_move_to (cr, box.x, box.y);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
}

/* Where the label of an axis is drawn, for tests and hit testing. */
void
livc_radar_label_box (const LivcRadarData *data,
                      double               width,
                      double               height,
                      guint                axis,
                      cairo_rectangle_t   *box)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  Geometry g;

  g_return_if_fail (data != NULL && box != NULL);
  g_return_if_fail (axis < data->n_axes);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  compute_geometry (cr, data, width, height, &g);
  g_object_unref (place_label (cr, data, &g, width, axis, box));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
draw_missing_marks (cairo_t             *cr,
                    const LivcRadarData *data,
                    const Geometry      *g)
{
  /* An axis without a score is drawn, but its point is replaced by a dash near the centre. */
  for (guint a = 0; a < data->n_axes; a++)
    {
      gboolean missing = data->n_series > 0;

      for (guint s = 0; s < data->n_series; s++)
        missing = missing && isnan (data->series[s].values[a]);
      if (missing)
        {
          double angle = axis_angle (a, data->n_axes);
          PangoLayout *layout = label_layout (cr, data, "—", g->unit * 1.0, g->unit * 3);
          int pw, ph;

          pango_layout_get_pixel_size (layout, &pw, &ph);
          set_ink (cr, data, 0.8);
          cairo_move_to (cr, g->cx + g->radius * 0.12 * cos (angle) - pw / 2.0,
                         g->cy + g->radius * 0.12 * sin (angle) - ph / 2.0);
          pango_cairo_show_layout (cr, layout);
          g_object_unref (layout);
        }
    }
}

/* Series s's line style, scaled to the line width. */
static void
set_series_dash (cairo_t *cr,
                 guint    s,
                 double   width)
{
  double dashes[2];

  s %= LIVC_RADAR_MAX_SERIES;
  dashes[0] = dash_patterns[s][0] * width;
  dashes[1] = dash_patterns[s][1] * width;
  cairo_set_dash (cr, dashes, dash_patterns[s][0] > 0 ? 2 : 0, 0);
}

/* Fewer than three axes: the scale's guides (the rings' values), the peers' band and
 * median, and a bar per series with its value at its end; "—" for no score. */
static void
draw_bars (cairo_t             *cr,
           const LivcRadarData *data,
           const Geometry      *g)
{
  guint n_rings;
  const double *rings = ring_values (data, &n_rings);
  double span = g->bar_right - g->bar_left;
  double bottom = g->top + g->row_h * data->n_axes;

  cairo_save (cr);
  cairo_set_line_width (cr, g->unit * 0.06);
  for (guint r = 0; r <= n_rings; r++)
    {
      double v = r < n_rings ? CLAMP (rings[r], 0, 100) : 0;
      double x = g->bar_left + span * v / 100;
      g_autofree char *text = g_strdup_printf ("%.0f", v);
      PangoLayout *layout = label_layout (cr, data, text, g->unit * 0.65, g->unit * 4);
      int pw, ph;

      set_ink (cr, data, r < n_rings ? 0.25 : 0.45);
      cairo_move_to (cr, x, g->top);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      pango_layout_get_pixel_size (layout, &pw, &ph);
      set_ink (cr, data, 0.6);
      cairo_move_to (cr, x - pw / 2.0, bottom + g->unit * 0.3);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
    }
  for (guint a = 0; a < data->n_axes; a++)
    {
      double row_top = g->top + a * g->row_h;

      if (data->band_low != NULL && data->band_high != NULL &&
          !isnan (data->band_low[a]) && !isnan (data->band_high[a]))
        {
          double lo = CLAMP (data->band_low[a], 0, 100), hi = CLAMP (data->band_high[a], 0, 100);

          set_ink (cr, data, 0.15);
          cairo_rectangle (cr, g->bar_left + span * lo / 100, row_top + g->row_h * 0.1,
                           span * (hi - lo) / 100, g->row_h * 0.8);
          cairo_fill (cr);
        }
      if (data->median != NULL && !isnan (data->median[a]))
        {
          double x = g->bar_left + span * CLAMP (data->median[a], 0, 100) / 100;

          set_ink (cr, data, 0.7);
          cairo_set_line_width (cr, g->unit * 0.1);
          cairo_move_to (cr, x, row_top + g->row_h * 0.1);
          cairo_line_to (cr, x, row_top + g->row_h * 0.9);
          cairo_stroke (cr);
        }
      for (guint s = 0; s < data->n_series; s++)
        {
          double v = data->series[s].values[a];
          double top, thickness, r, gr, b;
          g_autofree char *text = isnan (v) ? g_strdup ("—")
                                            : g_strdup_printf ("%.0f", CLAMP (v, 0, 100));
          PangoLayout *layout = label_layout (cr, data, text, g->unit * 0.75, g->unit * 4);
          int pw, ph;

          bar_band (data, g, a, s, &top, &thickness);
          series_color (data, s, &r, &gr, &b);
          if (!isnan (v))
            {
              double w = g->unit * (data->series[s].highlight ? 0.22 : 0.14);

              v = CLAMP (v, 0, 100);
              cairo_rectangle (cr, g->bar_left, top + thickness * 0.1, span * v / 100,
                               thickness * 0.8);
              cairo_set_source_rgba (cr, r, gr, b, 0.35);
              cairo_fill_preserve (cr);
              cairo_set_source_rgb (cr, r, gr, b);
              cairo_set_line_width (cr, w);
              set_series_dash (cr, series_slot (data, s), w);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
            }
          pango_layout_get_pixel_size (layout, &pw, &ph);
          set_ink (cr, data, 0.9);
          cairo_move_to (cr, g->bar_left + span * (isnan (v) ? 0 : v) / 100 + g->unit * 0.3,
                         top + (thickness - ph) / 2);
          pango_cairo_show_layout (cr, layout);
          g_object_unref (layout);
        }
    }
  cairo_restore (cr);
}

static void
draw_series (cairo_t             *cr,
             const LivcRadarData *data,
             const Geometry      *g,
             guint                s)
{
  const LivcRadarSeries *series = &data->series[s];
  double r, gr, b;
  double width = g->unit * (series->highlight ? 0.22 : 0.14);

  series_color (data, s, &r, &gr, &b);
  cairo_save (cr);
  trace_polygon (cr, g, data->n_axes, series->values, TRUE);
  cairo_set_source_rgba (cr, r, gr, b, data->n_series == 1 || series->highlight ? 0.18 : 0.06);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, r, gr, b);
  cairo_set_line_width (cr, width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_series_dash (cr, series_slot (data, s), width);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint a = 0; a < data->n_axes; a++)
    {
      double v = series->values[a];
      double angle = axis_angle (a, data->n_axes);

      if (isnan (v))
        continue;
      v = CLAMP (v, 0, 100);
      cairo_arc (cr, g->cx + g->radius * v / 100 * cos (angle),
                 g->cy + g->radius * v / 100 * sin (angle), g->unit * 0.28, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

static void
draw_legend (cairo_t             *cr,
             const LivcRadarData *data,
             const Geometry      *g,
             double               width)
{
  double row_h = g->unit * 1.4;
  double top = g->legend_top + g->unit * 0.4;
  guint columns = legend_columns (data, width, g->unit);
  guint rows = legend_rows (data, width, g->unit);
  double column_w = (width - 2 * g->unit) / columns;
  guint entry = 0;

  for (guint s = 0; s <= data->n_series + 1; s++)
    {
      double x = g->unit + (entry / rows) * column_w +
                 (columns == 1 ? MAX (0, g->cx - g->radius - g->unit) : 0);
      double y = top;
      guint row = entry % rows;
      const char *name;
      double r = 0.5, gr = 0.5, b = 0.5;
      PangoLayout *layout;
      int pw, ph;

      if (s < data->n_series)
        {
          name = data->series[s].name;
          series_color (data, s, &r, &gr, &b);
        }
      else if (s == data->n_series && data->band_low != NULL)
        name = data->band_name ? data->band_name : "";
      else if (s == data->n_series + 1 && data->median != NULL)
        name = data->median_name ? data->median_name : "";
      else
        continue;

      cairo_save (cr);
      if (s < data->n_series)
        {
          double w = g->unit * 0.14;
          cairo_set_source_rgb (cr, r, gr, b);
          cairo_set_line_width (cr, w);
          set_series_dash (cr, series_slot (data, s), w);
          cairo_move_to (cr, x, y + row * row_h + row_h / 2);
          cairo_line_to (cr, x + g->unit * 2, y + row * row_h + row_h / 2);
          cairo_stroke (cr);
        }
      else if (s == data->n_series)
        {
          set_ink (cr, data, 0.15);
          cairo_rectangle (cr, x, y + row * row_h + row_h * 0.2, g->unit * 2, row_h * 0.6);
          cairo_fill (cr);
        }
      else
        {
          set_ink (cr, data, 0.7);
          cairo_set_line_width (cr, g->unit * 0.1);
          cairo_move_to (cr, x, y + row * row_h + row_h / 2);
          cairo_line_to (cr, x + g->unit * 2, y + row * row_h + row_h / 2);
          cairo_stroke (cr);
        }
      cairo_restore (cr);

      layout = label_layout (cr, data, name, g->unit * 0.85,
                             (columns == 1 ? width - x : column_w) - g->unit * 3);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &pw, &ph);
      set_ink (cr, data, 1);
      cairo_move_to (cr, x + g->unit * 2.6, y + row * row_h + (row_h - ph) / 2);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
      entry++;
    }
}

void
livc_radar_draw (cairo_t             *cr,
                 const LivcRadarData *data,
                 double               width,
                 double               height)
{
  Geometry g;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (data->n_series <= LIVC_RADAR_MAX_SERIES);

  if (data->n_axes == 0 || width <= 0 || height <= 0)
    return;
  cairo_save (cr);
  compute_geometry (cr, data, width, height, &g);
  if (g.bars)
    {
      draw_bars (cr, data, &g);
      draw_labels (cr, data, &g, width);
      draw_legend (cr, data, &g, width);
      cairo_restore (cr);
      return;
    }
  draw_grid (cr, data, &g);

  if (data->band_low != NULL && data->band_high != NULL)
    {
      /* The band: the outer polygon with the inner one cut out. */
      cairo_save (cr);
      trace_polygon (cr, &g, data->n_axes, data->band_high, FALSE);
      trace_polygon (cr, &g, data->n_axes, data->band_low, FALSE);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      set_ink (cr, data, 0.15);
      cairo_fill (cr);
      cairo_restore (cr);
    }
  if (data->median != NULL)
    {
      cairo_save (cr);
      trace_polygon (cr, &g, data->n_axes, data->median, TRUE);
      set_ink (cr, data, 0.7);
      cairo_set_line_width (cr, g.unit * 0.1);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  /* Highlighted series last, on top. */
  for (guint s = 0; s < data->n_series; s++)
    if (!data->series[s].highlight)
      draw_series (cr, data, &g, s);
  for (guint s = 0; s < data->n_series; s++)
    if (data->series[s].highlight)
      draw_series (cr, data, &g, s);
  draw_missing_marks (cr, data, &g);
  draw_ring_labels (cr, data, &g);
  draw_labels (cr, data, &g, width);
  draw_legend (cr, data, &g, width);
  cairo_restore (cr);
}
