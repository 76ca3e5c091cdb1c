/* livc-domain.h: a domain of the questionnaire, with its items and recommendations.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_DOMAIN (livc_domain_get_type ())
G_DECLARE_FINAL_TYPE (LivcDomain, livc_domain, LIVC, DOMAIN, GObject)

typedef struct _LivcItem LivcItem;

/* One named instance of a repeated domain ("typical case"): the domain's items are
 * answered once per instance. */
typedef struct
{
  char     *id;
  LivcText *label;
  LivcText *description;
  int       line;
} LivcDomainInstance;

const char     *livc_domain_get_id              (LivcDomain *self);
double          livc_domain_get_weight          (LivcDomain *self);
const LivcText *livc_domain_get_title           (LivcDomain *self);
const LivcText *livc_domain_get_description     (LivcDomain *self);
GListModel     *livc_domain_get_items           (LivcDomain *self);
GListModel     *livc_domain_get_recommendations (LivcDomain *self);
guint           livc_domain_get_index           (LivcDomain *self);
guint                     livc_domain_get_n_instances  (LivcDomain *self);
const LivcDomainInstance *livc_domain_get_instance     (LivcDomain *self,
                                                        guint       index);
int                       livc_domain_find_instance    (LivcDomain *self,
                                                        const char *instance_id);
gboolean                  livc_domain_is_repeated      (LivcDomain *self);
LivcItem                 *livc_domain_get_when_item    (LivcDomain *self);
int                       livc_domain_get_when_min     (LivcDomain *self);

G_END_DECLS
