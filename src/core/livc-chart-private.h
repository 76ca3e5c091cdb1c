/* livc-chart-private.h: what the radar and the trend chart share: their text.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#define LIVC_CHART_DEFAULT_FONT "DejaVu Sans"

/* A layout of text in family (NULL for DejaVu Sans) at an absolute size. */
static inline PangoLayout *
livc_chart_text_layout (cairo_t    *cr,
                        const char *family,
                        const char *text,
                        double      size,
                        gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font =
    pango_font_description_from_string (family ? family : LIVC_CHART_DEFAULT_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text ? text : "", -1);
  pango_font_description_free (font);
  return layout;
}
