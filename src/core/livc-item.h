/* livc-item.h: one item of a domain, what the team rates on the item's scale.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "livc-domain.h"
#include "livc-scale.h"
#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_ITEM (livc_item_get_type ())
G_DECLARE_FINAL_TYPE (LivcItem, livc_item, LIVC, ITEM, GObject)

const char         *livc_item_get_id         (LivcItem *self);
LivcScale          *livc_item_get_scale      (LivcItem *self);
double              livc_item_get_weight     (LivcItem *self);
LivcBasis           livc_item_get_basis      (LivcItem *self);
const LivcText     *livc_item_get_text       (LivcItem *self);
const LivcText     *livc_item_get_guidance   (LivcItem *self);
const char * const *livc_item_get_references (LivcItem *self);
const char * const *livc_item_get_replaces   (LivcItem *self);
LivcDomain         *livc_item_get_domain     (LivcItem *self);
guint               livc_item_get_index      (LivcItem *self);
guint               livc_item_get_position   (LivcItem *self);
char               *livc_item_dup_number     (LivcItem *self);

G_END_DECLS
