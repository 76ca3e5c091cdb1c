/* livc-domain-private.h: the domain's fields, for the loader that builds it and the
 * questionnaire that indexes it. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-array-list.h"
#include "livc-domain.h"

G_BEGIN_DECLS

struct _LivcDomain
{
  GObject        parent_instance;
  char          *id;
  double         weight;
  LivcText      *title;
  LivcText      *description;
  LivcArrayList *items;
  LivcArrayList *recommendations;
  guint          index;
  int            line;
};

LivcDomain *livc_domain_new (void);

G_END_DECLS
