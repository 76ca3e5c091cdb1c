/* livc-domain.h: a domain of the questionnaire, with its items and recommendations.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "livc-types.h"

G_BEGIN_DECLS

#define LIVC_TYPE_DOMAIN (livc_domain_get_type ())
G_DECLARE_FINAL_TYPE (LivcDomain, livc_domain, LIVC, DOMAIN, GObject)

const char     *livc_domain_get_id              (LivcDomain *self);
double          livc_domain_get_weight          (LivcDomain *self);
const LivcText *livc_domain_get_title           (LivcDomain *self);
const LivcText *livc_domain_get_description     (LivcDomain *self);
GListModel     *livc_domain_get_items           (LivcDomain *self);
GListModel     *livc_domain_get_recommendations (LivcDomain *self);
guint           livc_domain_get_index           (LivcDomain *self);

G_END_DECLS
