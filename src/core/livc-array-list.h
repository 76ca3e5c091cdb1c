/* livc-array-list.h: a list model over an array, for the questionnaire's read-only lists.
 * Unlike GListStore, reading it changes nothing, so several threads may read it at once.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIVC_TYPE_ARRAY_LIST (livc_array_list_get_type ())
G_DECLARE_FINAL_TYPE (LivcArrayList, livc_array_list, LIVC, ARRAY_LIST, GObject)

LivcArrayList *livc_array_list_new    (GType          item_type);
void           livc_array_list_append (LivcArrayList *self,
                                       gpointer       item);

G_END_DECLS
