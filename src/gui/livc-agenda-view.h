/* livc-agenda-view.h: the discussion agenda: the items the members rated far apart, domain
 * by domain, each with its spread and the team's answer to agree on.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-document.h"
#include "livc-item-row.h"

G_BEGIN_DECLS

#define LIVC_TYPE_AGENDA_VIEW (livc_agenda_view_get_type ())
G_DECLARE_FINAL_TYPE (LivcAgendaView, livc_agenda_view, LIVC, AGENDA_VIEW, AdwBin)

GtkWidget   *livc_agenda_view_new          (void);
void         livc_agenda_view_set_document (LivcAgendaView *self,
                                            LivcDocument   *document,
                                            const char     *lang);
void         livc_agenda_view_rebuild      (LivcAgendaView *self);
guint        livc_agenda_view_get_n_items  (LivcAgendaView *self);
LivcItemRow *livc_agenda_view_get_row      (LivcAgendaView *self,
                                            guint           index);
char        *livc_agenda_dup_progress      (LivcDocument   *document);

G_END_DECLS
