/* livc-presentation-view.h: the projector view: one item at a time in large type.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_PRESENTATION_VIEW (livc_presentation_view_get_type ())
G_DECLARE_FINAL_TYPE (LivcPresentationView, livc_presentation_view,
                      LIVC, PRESENTATION_VIEW, GtkWidget)

GtkWidget *livc_presentation_view_new          (void);
void       livc_presentation_view_set_document (LivcPresentationView *self,
                                                LivcDocument         *document,
                                                const char           *lang);
void       livc_presentation_view_set_position (LivcPresentationView *self,
                                                guint                 index);
guint      livc_presentation_view_get_position (LivcPresentationView *self);

G_END_DECLS
