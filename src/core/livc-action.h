/* livc-action.h: an action the team plans on a domain or an item, with an owner, a due
 * date and a status. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_ACTION (livc_action_get_type ())
G_DECLARE_FINAL_TYPE (LivcAction, livc_action, LIVC, ACTION, GObject)

LivcAction       *livc_action_new           (const char       *id);
const char       *livc_action_get_id        (LivcAction       *self);
const char       *livc_action_get_domain_id (LivcAction       *self);
void              livc_action_set_domain_id (LivcAction       *self,
                                             const char       *domain_id);
const char       *livc_action_get_item_id   (LivcAction       *self);
void              livc_action_set_item_id   (LivcAction       *self,
                                             const char       *item_id);
const char       *livc_action_get_owner     (LivcAction       *self);
void              livc_action_set_owner     (LivcAction       *self,
                                             const char       *owner);
const char       *livc_action_get_due       (LivcAction       *self);
void              livc_action_set_due       (LivcAction       *self,
                                             const char       *due);
LivcActionStatus  livc_action_get_status    (LivcAction       *self);
void              livc_action_set_status    (LivcAction       *self,
                                             LivcActionStatus  status);
const char       *livc_action_get_text      (LivcAction       *self);
void              livc_action_set_text      (LivcAction       *self,
                                             const char       *text);

G_END_DECLS
