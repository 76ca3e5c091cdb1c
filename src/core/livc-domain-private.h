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
  GArray        *instances; /* LivcDomainInstance: empty unless the domain is repeated */
  char          *when_item; /* the gating item's id, NULL unless the domain is conditional */
  LivcItem      *when;      /* unowned: that item, once the questionnaire is indexed */
  int            when_min;  /* the lowest level of the gating item that opens the domain */
  gboolean       has_when_min;
  int            when_line;
};

LivcDomain *livc_domain_new (void);

G_END_DECLS
