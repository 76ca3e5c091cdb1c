/* livc-trend.h: a small line chart of one domain's score over time, drawn with Cairo and
 * Pango into any cairo_t; the comparison report and the app's compare view set one per
 * domain side by side.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char         *title;         /* wrapped above the plot */
  guint               n_points;
  const double       *x;             /* increasing, any unit (days); equal steps if NULL */
  const char * const *x_labels;      /* one per point, under the axis */
  const double       *values;        /* percent; NAN for no score (the line breaks) */
  const char * const *value_labels;  /* shown beside each point, e.g. "45%" */
  guint               n_rings;
  const double       *rings;         /* percent values of horizontal guides, e.g. stages */
  const char         *font_family;   /* NULL for "DejaVu Sans" */
} LivcTrendData;

void     livc_trend_draw  (cairo_t             *cr,
                           const LivcTrendData *data,
                           double               width,
                           double               height);
gboolean livc_trend_point (const LivcTrendData *data,
                           double               width,
                           double               height,
                           guint                index,
                           double              *x,
                           double              *y);

G_END_DECLS
