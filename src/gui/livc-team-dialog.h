/* livc-team-dialog.h: the members of the team who rate: add, rename, remove.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "livc-document.h"

G_BEGIN_DECLS

#define LIVC_TYPE_TEAM_DIALOG (livc_team_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LivcTeamDialog, livc_team_dialog, LIVC, TEAM_DIALOG, AdwWindow)

LivcTeamDialog *livc_team_dialog_new        (GtkWindow      *parent,
                                             LivcDocument   *document);
void            livc_team_dialog_add_member (LivcTeamDialog *self);
GtkEntry       *livc_team_dialog_get_entry  (LivcTeamDialog *self,
                                             guint           member,
                                             gboolean        name);
void            livc_team_dialog_remove     (LivcTeamDialog *self,
                                             guint           member);

G_END_DECLS
