/* livc-radar-view.c: the live radar. It draws with the same function as the report, on the
 * window's own background, light or dark as the style manager says.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "livc-radar-view.h"

struct _LivcRadarView
{
  GtkWidget     parent_instance;
  LivcDocument *document;
  char         *lang;
  guint         n_draws;  /* for tests: the radar follows every change */
};

G_DEFINE_FINAL_TYPE (LivcRadarView, livc_radar_view, GTK_TYPE_WIDGET)

static void
livc_radar_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  LivcRadarView *self = LIVC_RADAR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  cairo_t *cr;

  if (self->document == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  livc_report_draw_radar (livc_document_get_scores (self->document), self->lang, dark, cr,
                          width, height);
  cairo_destroy (cr);
  self->n_draws++;
}

static void
on_scores_changed (LivcRadarView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
livc_radar_view_dispose (GObject *object)
{
  LivcRadarView *self = LIVC_RADAR_VIEW (object);

  livc_radar_view_set_document (self, NULL);
  G_OBJECT_CLASS (livc_radar_view_parent_class)->dispose (object);
}

static void
livc_radar_view_finalize (GObject *object)
{
  g_free (LIVC_RADAR_VIEW (object)->lang);
  G_OBJECT_CLASS (livc_radar_view_parent_class)->finalize (object);
}

static void
livc_radar_view_class_init (LivcRadarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_radar_view_dispose;
  object_class->finalize = livc_radar_view_finalize;
  widget_class->snapshot = livc_radar_view_snapshot;
  gtk_widget_class_set_css_name (widget_class, "radar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
livc_radar_view_init (LivcRadarView *self)
{
  self->lang = g_strdup (livc_default_lang ());
  gtk_widget_set_size_request (GTK_WIDGET (self), 240, 240);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Radar chart of the domain scores"), -1);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
livc_radar_view_new (void)
{
  return g_object_new (LIVC_TYPE_RADAR_VIEW, NULL);
}

void
livc_radar_view_set_document (LivcRadarView *self,
                              LivcDocument  *document)
{
  g_return_if_fail (LIVC_IS_RADAR_VIEW (self));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_scores_changed, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_swapped (document, "notify::scores", G_CALLBACK (on_scores_changed), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
livc_radar_view_set_lang (LivcRadarView *self,
                          const char    *lang)
{
  g_return_if_fail (LIVC_IS_RADAR_VIEW (self));

  g_free (self->lang);
  self->lang = g_strdup (lang);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
livc_radar_view_get_n_draws (LivcRadarView *self)
{
  g_return_val_if_fail (LIVC_IS_RADAR_VIEW (self), 0);
  return self->n_draws;
}
