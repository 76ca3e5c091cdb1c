/* livc-municipality.h: a municipality an assessment is about, by NIS code and name.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIVC_TYPE_MUNICIPALITY (livc_municipality_get_type ())
G_DECLARE_FINAL_TYPE (LivcMunicipality, livc_municipality, LIVC, MUNICIPALITY, GObject)

LivcMunicipality *livc_municipality_new      (const char       *nis,
                                              const char       *name);
const char       *livc_municipality_get_nis  (LivcMunicipality *self);
const char       *livc_municipality_get_name (LivcMunicipality *self);
void              livc_municipality_set_name (LivcMunicipality *self,
                                              const char       *name);
void              livc_municipality_set_nis  (LivcMunicipality *self,
                                              const char       *nis);

G_END_DECLS
