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
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "livc-reflow-bin.h"

struct _LivcReflowBin
{
  GtkWidget  parent_instance;
  GtkWidget *child;
};

static void livc_reflow_bin_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LivcReflowBin, livc_reflow_bin, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      livc_reflow_bin_buildable_init))

enum { PROP_0, PROP_CHILD, N_PROPS };
static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static void
livc_reflow_bin_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  LivcReflowBin *self = LIVC_REFLOW_BIN (widget);

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    return;
  /* The width for any height is the width for no height in particular. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  gtk_widget_measure (self->child, orientation, for_size, minimum, natural,
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
  LivcReflowBin *self = LIVC_REFLOW_BIN (widget);

  if (self->child != NULL && gtk_widget_get_visible (self->child))
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
livc_reflow_bin_dispose (GObject *object)
{
  LivcReflowBin *self = LIVC_REFLOW_BIN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  G_OBJECT_CLASS (livc_reflow_bin_parent_class)->dispose (object);
}

static void
livc_reflow_bin_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, LIVC_REFLOW_BIN (object)->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_reflow_bin_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CHILD:
      livc_reflow_bin_set_child (LIVC_REFLOW_BIN (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_reflow_bin_buildable_add_child (GtkBuildable *buildable,
                                     GtkBuilder   *builder,
                                     GObject      *child,
                                     const char   *type)
{
  if (GTK_IS_WIDGET (child))
    livc_reflow_bin_set_child (LIVC_REFLOW_BIN (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
livc_reflow_bin_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = livc_reflow_bin_buildable_add_child;
}

static void
livc_reflow_bin_class_init (LivcReflowBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_reflow_bin_dispose;
  object_class->get_property = livc_reflow_bin_get_property;
  object_class->set_property = livc_reflow_bin_set_property;
  widget_class->measure = livc_reflow_bin_measure;
  widget_class->get_request_mode = livc_reflow_bin_get_request_mode;
  widget_class->size_allocate = livc_reflow_bin_size_allocate;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
livc_reflow_bin_init (LivcReflowBin *self)
{
}

GtkWidget *
livc_reflow_bin_new (GtkWidget *child)
{
  return g_object_new (LIVC_TYPE_REFLOW_BIN, "child", child, NULL);
}

void
livc_reflow_bin_set_child (LivcReflowBin *self,
                           GtkWidget     *child)
{
  g_return_if_fail (LIVC_IS_REFLOW_BIN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

GtkWidget *
livc_reflow_bin_get_child (LivcReflowBin *self)
{
  g_return_val_if_fail (LIVC_IS_REFLOW_BIN (self), NULL);
  return self->child;
}
