/* livc-text-flow.h: a text of any length broken into lines once, in bounded windows, so
 * that a page layout can take its lines a page at a time and draw any run of them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Bytes of text laid out by one Pango layout at most: Pango breaks a paragraph in time
 * that grows with the square of its length, so longer paragraphs are laid out a window
 * at a time. */
#define LIVC_TEXT_FLOW_WINDOW 512

typedef struct _LivcTextFlow LivcTextFlow;

typedef struct
{
  guint  window;   /* the layout it comes from */
  guint  index;    /* its number in that layout */
  int    start;    /* its bytes in the flow's text */
  int    end;
  double x;        /* its logical left, from the box's left (right-to-left lines) */
  double height;   /* its logical height */
  double baseline; /* from its top */
} LivcFlowLine;

LivcTextFlow       *livc_text_flow_new         (PangoContext               *context,
                                                const PangoFontDescription *font,
                                                double                      spacing,
                                                double                      width,
                                                const char                 *text,
                                                gboolean                    keep);
void                livc_text_flow_free        (LivcTextFlow               *flow);
guint               livc_text_flow_get_n_lines (const LivcTextFlow         *flow);
const LivcFlowLine *livc_text_flow_get_line    (const LivcTextFlow         *flow,
                                                guint                       index);
gboolean            livc_text_flow_is_complete (const LivcTextFlow         *flow);
gsize               livc_text_flow_get_kept    (const LivcTextFlow         *flow);
double              livc_text_flow_height      (const LivcTextFlow         *flow,
                                                guint                       first,
                                                guint                       end);
guint               livc_text_flow_fit         (const LivcTextFlow         *flow,
                                                guint                       first,
                                                double                      avail,
                                                double                     *height);
void                livc_text_flow_draw        (LivcTextFlow               *flow,
                                                cairo_t                    *cr,
                                                PangoContext               *context,
                                                double                      x,
                                                double                      y,
                                                guint                       first,
                                                guint                       end);
void                livc_text_update_context   (PangoContext               *context,
                                                cairo_t                    *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcTextFlow, livc_text_flow_free)

G_END_DECLS
