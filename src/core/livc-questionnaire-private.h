/* livc-questionnaire-private.h: the questionnaire's fields, for the loader that builds
 * it. SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-array-list.h"
#include "livc-questionnaire.h"

G_BEGIN_DECLS

struct _LivcQuestionnaire
{
  GObject        parent_instance;
  char          *id;
  char          *version;
  char          *source_lang;
  char          *location;
  LivcText      *title;
  LivcText      *description;
  LivcArrayList *scales;
  LivcArrayList *stages;
  LivcArrayList *domains;
  GPtrArray     *items;       /* LivcItem*, unowned, questionnaire order */
  GHashTable    *items_by_id; /* id → LivcItem*, unowned */
  GHashTable    *replaced_by; /* old item id → GPtrArray of LivcItem*, unowned */
};

LivcQuestionnaire *livc_questionnaire_new   (void);
void               livc_questionnaire_index (LivcQuestionnaire *self);

G_END_DECLS
