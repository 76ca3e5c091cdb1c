/* livc-radar.h: the radar chart, drawn with Cairo and Pango into any cairo_t: screen,
 * print, PDF page or PNG.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "livc-questionnaire.h"

G_BEGIN_DECLS

#define LIVC_RADAR_MAX_SERIES 8

typedef struct
{
  const char   *name;    /* shown in the legend */
  const double *values;  /* one percent per axis; NAN for no score */
  gboolean      highlight;
} LivcRadarSeries;

typedef struct
{
  guint                  n_axes;
  const char * const    *labels;      /* one per axis, wrapped to fit */
  guint                  n_series;    /* 0 to LIVC_RADAR_MAX_SERIES */
  const LivcRadarSeries *series;
  const double          *band_low;    /* optional per-axis band, e.g. peers' 25th… */
  const double          *band_high;   /* …to 75th percentile */
  const double          *median;      /* optional per-axis median line */
  const char            *band_name;   /* legend text of the band, if any */
  const char            *median_name; /* legend text of the median, if any */
  guint                  n_rings;
  const double          *rings;       /* percent values of the rings, e.g. stage minimums */
  const char * const    *ring_labels; /* optional, one per ring (NULL entries allowed): the
                                       stage a ring begins, written after its value */
  const char            *font_family; /* NULL for "DejaVu Sans" */
  gboolean               dark;        /* light lines on a dark background */
  const guint           *slots;       /* optional, one per series: the colour and line
                                         style it is drawn in; NULL for its index */
} LivcRadarData;

void     livc_radar_draw        (cairo_t             *cr,
                                 const LivcRadarData *data,
                                 double               width,
                                 double               height);
gboolean livc_radar_point       (const LivcRadarData *data,
                                 double               width,
                                 double               height,
                                 guint                axis,
                                 double               value,
                                 double              *x,
                                 double              *y);
void     livc_radar_label_box   (const LivcRadarData *data,
                                 double               width,
                                 double               height,
                                 guint                axis,
                                 cairo_rectangle_t   *box);
void     livc_radar_series_color (guint               index,
                                  gboolean            dark,
                                  double             *r,
                                  double             *g,
                                  double             *b);
double  *livc_radar_stage_rings  (LivcQuestionnaire  *questionnaire,
                                  guint              *n_rings);

G_END_DECLS
