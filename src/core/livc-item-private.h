/* livc-item-private.h: the item's fields, for the loader that builds it and the
 * questionnaire that indexes it. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-item.h"

G_BEGIN_DECLS

struct _LivcItem
{
  GObject     parent_instance;
  char       *id;
  LivcScale  *scale;
  double      weight;
  LivcBasis   basis;
  LivcText   *text;
  LivcText   *guidance;
  GPtrArray  *references; /* char*, NULL-terminated */
  LivcDomain *domain;     /* unowned: the domain owns its items */
  guint       index;      /* position among all items of the questionnaire */
  guint       position;   /* position among the items of its domain */
  GPtrArray  *replaces;   /* char*: ids of earlier versions' items this one takes over */
  int         line;
};

LivcItem *livc_item_new (void);

G_END_DECLS
