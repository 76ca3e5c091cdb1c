/* livc-reflow-bin.c: a container for text that reflows. Put between a scrolled window and
 * its content, it answers "how wide for this height?" with the content's plain widths.
 *
 * Why: GTK 4.8's GtkViewport sets its horizontal adjustment, at every allocation, by
 * measuring its child's width for a height. A wrapping GtkLabel answers that question
 * with a binary search, laying its text out again some twenty times, and every label
 * below the viewport does it, in every box on the way. An editor page of seven items did
 * 2,700 text layouts before its first frame, most of the start-up time. The pages here
 * only scroll vertically, so their width never depends on their height: asking the
 * content for its widths without a height gives the same answer, from the size cache.
 *
 * An AdwBin (its child, its child property and <child> in UI files) that measures and
 * allocates by itself instead of through AdwBin's layout manager.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-reflow-bin.h"

struct _LivcReflowBin
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (LivcReflowBin, livc_reflow_bin, ADW_TYPE_BIN)

static void
livc_reflow_bin_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  *minimum = *natural = 0;
  if (child == NULL || !gtk_widget_get_visible (child))
    return;
  /* The width for any height is the width for no height in particular. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  gtk_widget_measure (child, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
livc_reflow_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
livc_reflow_bin_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  GtkWidget *child = adw_bin_get_child (ADW_BIN (widget));

  if (child != NULL && gtk_widget_get_visible (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
livc_reflow_bin_class_init (LivcReflowBinClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = livc_reflow_bin_measure;
  widget_class->get_request_mode = livc_reflow_bin_get_request_mode;
  widget_class->size_allocate = livc_reflow_bin_size_allocate;
}

static void
livc_reflow_bin_init (LivcReflowBin *self)
{
  /* Without a layout manager, GTK asks the vfuncs above. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
}

GtkWidget *
livc_reflow_bin_new (GtkWidget *child)
{
  return g_object_new (LIVC_TYPE_REFLOW_BIN, "child", child, NULL);
}
