/* livc-compare-peer-bar.c: one score against its peers' on a bar from 0 to 100: the
 * 25th–75th percentile as a band, the median as a line, the cell's own score as a dot.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "livc-compare-peer-bar.h"

struct _LivcComparePeerBar
{
  GtkDrawingArea parent_instance;
  double         value, low, median, high;
};

G_DEFINE_FINAL_TYPE (LivcComparePeerBar, livc_compare_peer_bar, GTK_TYPE_DRAWING_AREA)

static void
draw_peer_bar (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  LivcComparePeerBar *b = LIVC_COMPARE_PEER_BAR (area);
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

static void
livc_compare_peer_bar_class_init (LivcComparePeerBarClass *klass)
{
}

/* Not announced by itself: the row around it says the same numbers in words. */
static void
livc_compare_peer_bar_init (LivcComparePeerBar *self)
{
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self), 180);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self), 24);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_peer_bar, NULL, NULL);
}

/* A low that is NAN (no other cell has a score) draws no band, a value that is NAN (the
 * cell has none) no dot. */
GtkWidget *
livc_compare_peer_bar_new (double value,
                           double low,
                           double median,
                           double high)
{
  LivcComparePeerBar *self = g_object_new (LIVC_TYPE_COMPARE_PEER_BAR, NULL);

  self->value = value;
  self->low = low;
  self->median = median;
  self->high = high;
  return GTK_WIDGET (self);
}
