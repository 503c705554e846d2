// Generated from the server's OpenAPI document by scripts/openapi-types.ts; do not edit.
// Regenerate with `node --import tsx scripts/openapi-types.ts`.
export interface paths {
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with username, password and, when enrolled, a second factor */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            password: string;
            otp?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              mustChangePassword: boolean;
              passwordExpiresAt: string | null;
              mfaEnabled: boolean;
              mfaRequired: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              permissions: (
                | 'home.read'
                | 'org.read'
                | 'org.write'
                | 'user.read'
                | 'user.write'
                | 'grant.read'
                | 'grant.write'
                | 'security.read'
                | 'security.write'
                | 'audit.read'
                | 'mail.read'
                | 'mail.write'
                | 'port.read'
                | 'port.write'
                | 'port.create'
                | 'designation.decide'
                | 'facility.read'
                | 'facility.write'
                | 'reference.write'
                | 'project.read'
                | 'project.write'
                | 'project.sign'
                | 'standard.read'
                | 'standard.write'
                | 'standard.publish'
                | 'campaign.read'
                | 'campaign.manage'
                | 'assessment.read'
                | 'assessment.fill'
                | 'assessment.review'
                | 'assessment.approve'
                | 'assessment.reopen'
                | 'finding.read'
                | 'finding.write'
                | 'finding.verify'
              )[];
              scopes: {
                [key: string]: string[];
              };
              csrfToken: string;
              sessionExpiresAt: string;
              timeZone: string;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
        423: components['responses']['Error'];
        429: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, roles, scopes, permissions and CSRF token */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              mustChangePassword: boolean;
              passwordExpiresAt: string | null;
              mfaEnabled: boolean;
              mfaRequired: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              permissions: (
                | 'home.read'
                | 'org.read'
                | 'org.write'
                | 'user.read'
                | 'user.write'
                | 'grant.read'
                | 'grant.write'
                | 'security.read'
                | 'security.write'
                | 'audit.read'
                | 'mail.read'
                | 'mail.write'
                | 'port.read'
                | 'port.write'
                | 'port.create'
                | 'designation.decide'
                | 'facility.read'
                | 'facility.write'
                | 'reference.write'
                | 'project.read'
                | 'project.write'
                | 'project.sign'
                | 'standard.read'
                | 'standard.write'
                | 'standard.publish'
                | 'campaign.read'
                | 'campaign.manage'
                | 'assessment.read'
                | 'assessment.fill'
                | 'assessment.review'
                | 'assessment.approve'
                | 'assessment.reopen'
                | 'finding.read'
                | 'finding.write'
                | 'finding.verify'
              )[];
              scopes: {
                [key: string]: string[];
              };
              csrfToken: string;
              sessionExpiresAt: string;
              timeZone: string;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
        423: components['responses']['Error'];
        429: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
        423: components['responses']['Error'];
        429: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout-everywhere': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End every session of this account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
              sessionsEnded: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
        423: components['responses']['Error'];
        429: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
        423: components['responses']['Error'];
        429: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/mfa/enrol': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start authenticator enrolment: a new secret and its QR code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              otpauthUrl: string;
              qrDataUrl: string;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
        423: components['responses']['Error'];
        429: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/mfa/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish enrolment with a code from the app; returns one-time recovery codes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            otp: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recoveryCodes: string[];
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
        423: components['responses']['Error'];
        429: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/mfa/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the recovery codes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recoveryCodes: string[];
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
        423: components['responses']['Error'];
        429: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/mfa/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn off the second factor where policy allows */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
        423: components['responses']['Error'];
        429: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org-units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Org units in your scope, paginated and filtered */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          kind?:
            | 'district'
            | 'branch'
            | 'port'
            | 'office'
            | 'techcentre'
            | 'lab'
            | 'partner'
            | 'enterprise';
          status?: 'active' | 'archived';
          parentId?: string;
          sort?: 'code' | '-code' | 'nameZh' | '-nameZh' | 'kind' | 'updatedAt' | '-updatedAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                code: string;
                /** @enum {string} */
                kind:
                  | 'district'
                  | 'branch'
                  | 'port'
                  | 'office'
                  | 'techcentre'
                  | 'lab'
                  | 'partner'
                  | 'enterprise';
                nameZh: string;
                nameEn: string;
                parentId: string | null;
                depth: number;
                /** @enum {string} */
                status: 'active' | 'archived';
                archivedReason: string | null;
                version: number;
                createdAt: string;
                updatedAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Create an org unit under a parent of an allowed kind */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** @enum {string} */
            kind:
              | 'district'
              | 'branch'
              | 'port'
              | 'office'
              | 'techcentre'
              | 'lab'
              | 'partner'
              | 'enterprise';
            parentId: string | null;
            nameZh: string;
            nameEn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              /** @enum {string} */
              kind:
                | 'district'
                | 'branch'
                | 'port'
                | 'office'
                | 'techcentre'
                | 'lab'
                | 'partner'
                | 'enterprise';
              nameZh: string;
              nameEn: string;
              parentId: string | null;
              depth: number;
              /** @enum {string} */
              status: 'active' | 'archived';
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org-units/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered list as an Excel workbook */
    get: {
      parameters: {
        query?: {
          q?: string;
          kind?:
            | 'district'
            | 'branch'
            | 'port'
            | 'office'
            | 'techcentre'
            | 'lab'
            | 'partner'
            | 'enterprise';
          status?: 'active' | 'archived';
          parentId?: string;
          sort?: 'code' | '-code' | 'nameZh' | '-nameZh' | 'kind' | 'updatedAt' | '-updatedAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org-units/tree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your part of the organisation tree */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              /** @enum {string} */
              kind:
                | 'district'
                | 'branch'
                | 'port'
                | 'office'
                | 'techcentre'
                | 'lab'
                | 'partner'
                | 'enterprise';
              nameZh: string;
              nameEn: string;
              parentId: string | null;
              /** @enum {string} */
              status: 'active' | 'archived';
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org-units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One org unit */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              /** @enum {string} */
              kind:
                | 'district'
                | 'branch'
                | 'port'
                | 'office'
                | 'techcentre'
                | 'lab'
                | 'partner'
                | 'enterprise';
              nameZh: string;
              nameEn: string;
              parentId: string | null;
              depth: number;
              /** @enum {string} */
              status: 'active' | 'archived';
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    /** Rename an org unit */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            nameZh: string;
            nameEn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              /** @enum {string} */
              kind:
                | 'district'
                | 'branch'
                | 'port'
                | 'office'
                | 'techcentre'
                | 'lab'
                | 'partner'
                | 'enterprise';
              nameZh: string;
              nameEn: string;
              parentId: string | null;
              depth: number;
              /** @enum {string} */
              status: 'active' | 'archived';
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org-units/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a unit and its subtree under another parent */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            parentId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              /** @enum {string} */
              kind:
                | 'district'
                | 'branch'
                | 'port'
                | 'office'
                | 'techcentre'
                | 'lab'
                | 'partner'
                | 'enterprise';
              nameZh: string;
              nameEn: string;
              parentId: string | null;
              depth: number;
              /** @enum {string} */
              status: 'active' | 'archived';
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org-units/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a unit with a reason (nothing is deleted) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              /** @enum {string} */
              kind:
                | 'district'
                | 'branch'
                | 'port'
                | 'office'
                | 'techcentre'
                | 'lab'
                | 'partner'
                | 'enterprise';
              nameZh: string;
              nameEn: string;
              parentId: string | null;
              depth: number;
              /** @enum {string} */
              status: 'active' | 'archived';
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/org-units/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring an archived unit back */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              /** @enum {string} */
              kind:
                | 'district'
                | 'branch'
                | 'port'
                | 'office'
                | 'techcentre'
                | 'lab'
                | 'partner'
                | 'enterprise';
              nameZh: string;
              nameEn: string;
              parentId: string | null;
              depth: number;
              /** @enum {string} */
              status: 'active' | 'archived';
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts in your scope */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          orgUnitId?: string;
          role?:
            | 'sysadmin'
            | 'secadmin'
            | 'auditor'
            | 'leader'
            | 'office'
            | 'wg_member'
            | 'branch_officer'
            | 'port_officer'
            | 'lab_officer'
            | 'staff'
            | 'partner'
            | 'enterprise';
          status?: 'active' | 'disabled' | 'archived';
          sort?:
            | 'username'
            | '-username'
            | 'displayName'
            | 'createdAt'
            | '-createdAt'
            | 'lastLoginAt'
            | '-lastLoginAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                username: string;
                displayName: string;
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                /** @enum {string} */
                status: 'active' | 'disabled' | 'archived';
                mfaEnabled: boolean;
                lockedUntil: string | null;
                lastLoginAt: string | null;
                mustChangePassword: boolean;
                roles: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  role:
                    | 'sysadmin'
                    | 'secadmin'
                    | 'auditor'
                    | 'leader'
                    | 'office'
                    | 'wg_member'
                    | 'branch_officer'
                    | 'port_officer'
                    | 'lab_officer'
                    | 'staff'
                    | 'partner'
                    | 'enterprise';
                  /** Format: uuid */
                  orgUnitId: string;
                  orgUnitCode: string;
                  orgUnitNameZh: string;
                  orgUnitNameEn: string;
                  workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
                }[];
                version: number;
                createdAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Create an account (it must change its password at first login) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            displayName: string;
            /** Format: uuid */
            orgUnitId: string;
            initialPassword: string;
            initialRole?: {
              /** @enum {string} */
              role:
                | 'sysadmin'
                | 'secadmin'
                | 'auditor'
                | 'leader'
                | 'office'
                | 'wg_member'
                | 'branch_officer'
                | 'port_officer'
                | 'lab_officer'
                | 'staff'
                | 'partner'
                | 'enterprise';
              /** Format: uuid */
              orgUnitId: string;
              /** @default null */
              workingGroup?: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              orgUnitCode: string;
              orgUnitNameZh: string;
              orgUnitNameEn: string;
              /** @enum {string} */
              status: 'active' | 'disabled' | 'archived';
              mfaEnabled: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              mustChangePassword: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered account list as an Excel workbook */
    get: {
      parameters: {
        query?: {
          q?: string;
          orgUnitId?: string;
          role?:
            | 'sysadmin'
            | 'secadmin'
            | 'auditor'
            | 'leader'
            | 'office'
            | 'wg_member'
            | 'branch_officer'
            | 'port_officer'
            | 'lab_officer'
            | 'staff'
            | 'partner'
            | 'enterprise';
          status?: 'active' | 'disabled' | 'archived';
          sort?:
            | 'username'
            | '-username'
            | 'displayName'
            | 'createdAt'
            | '-createdAt'
            | 'lastLoginAt'
            | '-lastLoginAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              orgUnitCode: string;
              orgUnitNameZh: string;
              orgUnitNameEn: string;
              /** @enum {string} */
              status: 'active' | 'disabled' | 'archived';
              mfaEnabled: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              mustChangePassword: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    /** Change name or home unit */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            displayName: string;
            /** Format: uuid */
            orgUnitId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              orgUnitCode: string;
              orgUnitNameZh: string;
              orgUnitNameEn: string;
              /** @enum {string} */
              status: 'active' | 'disabled' | 'archived';
              mfaEnabled: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              mustChangePassword: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable, disable or archive an account, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @enum {string} */
            status: 'active' | 'disabled' | 'archived';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              orgUnitCode: string;
              orgUnitNameZh: string;
              orgUnitNameEn: string;
              /** @enum {string} */
              status: 'active' | 'disabled' | 'archived';
              mfaEnabled: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              mustChangePassword: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a temporary password; the holder must change it at next login */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              orgUnitCode: string;
              orgUnitNameZh: string;
              orgUnitNameEn: string;
              /** @enum {string} */
              status: 'active' | 'disabled' | 'archived';
              mfaEnabled: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              mustChangePassword: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift a lockout after failed logins */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              orgUnitCode: string;
              orgUnitNameZh: string;
              orgUnitNameEn: string;
              /** @enum {string} */
              status: 'active' | 'disabled' | 'archived';
              mfaEnabled: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              mustChangePassword: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/mfa-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove a lost authenticator so the holder enrols again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              orgUnitCode: string;
              orgUnitNameZh: string;
              orgUnitNameEn: string;
              /** @enum {string} */
              status: 'active' | 'disabled' | 'archived';
              mfaEnabled: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              mustChangePassword: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant a role at an org unit (reaches its subtree) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            role:
              | 'sysadmin'
              | 'secadmin'
              | 'auditor'
              | 'leader'
              | 'office'
              | 'wg_member'
              | 'branch_officer'
              | 'port_officer'
              | 'lab_officer'
              | 'staff'
              | 'partner'
              | 'enterprise';
            /** Format: uuid */
            orgUnitId: string;
            /** @default null */
            workingGroup?: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              orgUnitCode: string;
              orgUnitNameZh: string;
              orgUnitNameEn: string;
              /** @enum {string} */
              status: 'active' | 'disabled' | 'archived';
              mfaEnabled: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              mustChangePassword: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/grants/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a grant, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              username: string;
              displayName: string;
              /** Format: uuid */
              orgUnitId: string;
              orgUnitCode: string;
              orgUnitNameZh: string;
              orgUnitNameEn: string;
              /** @enum {string} */
              status: 'active' | 'disabled' | 'archived';
              mfaEnabled: boolean;
              lockedUntil: string | null;
              lastLoginAt: string | null;
              mustChangePassword: boolean;
              roles: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role:
                  | 'sysadmin'
                  | 'secadmin'
                  | 'auditor'
                  | 'leader'
                  | 'office'
                  | 'wg_member'
                  | 'branch_officer'
                  | 'port_officer'
                  | 'lab_officer'
                  | 'staff'
                  | 'partner'
                  | 'enterprise';
                /** Format: uuid */
                orgUnitId: string;
                orgUnitCode: string;
                orgUnitNameZh: string;
                orgUnitNameEn: string;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/security/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The security policy: second factor, management network, passwords, lockout, sessions, audit retention */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              mfaRequiredForAll: boolean;
              adminNetworks: string[];
              passwordExpiryDays: number;
              lockoutThreshold: number;
              lockoutMinutes: number;
              idleTimeoutMinutes: number;
              absoluteLifetimeHours: number;
              auditRetentionDays: number;
              version: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    /** Change the security policy */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            mfaRequiredForAll: boolean;
            adminNetworks: string[];
            passwordExpiryDays: number;
            lockoutThreshold: number;
            lockoutMinutes: number;
            idleTimeoutMinutes: number;
            absoluteLifetimeHours: number;
            auditRetentionDays: number;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              mfaRequiredForAll: boolean;
              adminNetworks: string[];
              passwordExpiryDays: number;
              lockoutThreshold: number;
              lockoutMinutes: number;
              idleTimeoutMinutes: number;
              absoluteLifetimeHours: number;
              auditRetentionDays: number;
              version: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail, filtered and paginated (read-only) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          actor?: string;
          action?: string;
          entityType?: string;
          entityId?: string;
          from?: string;
          to?: string;
          sort?: 'seq' | '-seq';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                seq: number;
                id: string;
                at: string;
                actorId: string | null;
                actorUsername: string | null;
                address: string | null;
                action: string;
                entityType: string;
                entityId: string | null;
                before: unknown;
                after: unknown;
                hash: string;
                actionLabel: string;
                entityTypeLabel: string;
                actorName: string | null;
                entityName: string | null;
                changes: {
                  field: string;
                  label: string;
                  before: string | null;
                  after: string | null;
                }[];
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Action names present in the trail, for the filter */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': string[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered trail as an Excel workbook */
    get: {
      parameters: {
        query?: {
          actor?: string;
          action?: string;
          entityType?: string;
          entityId?: string;
          from?: string;
          to?: string;
          sort?: 'seq' | '-seq';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Walk the keyed hash chain, held to its signed checkpoint, and list every break */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              checked: number;
              firstBrokenSeq: number | null;
              reason: string | null;
              breaks: {
                /** @enum {string} */
                kind:
                  | 'altered'
                  | 'unlinked'
                  | 'missing'
                  | 'anchor_invalid'
                  | 'checkpoint_invalid'
                  | 'checkpoint_mismatch'
                  | 'truncated'
                  | 'legacy_invalid';
                fromSeq: number;
                toSeq: number;
                message: string;
              }[];
              moreBreaks: number;
              checkpoint: {
                seq: number;
                at: string;
              } | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/home/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Figures for the home page, within your scope */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              orgUnitsByKind: {
                [key: string]: number;
              };
              activeUsers: number | null;
              lockedUsers: number | null;
              activeSessions: number | null;
              loginsLast7Days:
                | {
                    date: string;
                    success: number;
                    failure: number;
                  }[]
                | null;
              myLastLogin: string | null;
              auditRowsLast24h: number | null;
              certifications: {
                expired: number;
                expiring: number;
              } | null;
              overdueFindings: {
                mine: number;
                inScope: number;
              } | null;
            };
          };
        };
        401: components['responses']['Error'];
        403: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ports in your scope, paginated, searched and filtered */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          mode?:
            | 'sea'
            | 'river'
            | 'air'
            | 'rail'
            | 'road'
            | 'mail'
            | 'express'
            | 'ecommerce'
            | 'passenger';
          placeKind?: 'designated_site' | 'workplace' | 'centralised_site';
          portClass?: 'I' | 'II';
          status?: 'planned' | 'open' | 'suspended' | 'closed';
          branchId?: string;
          provinceCode?: string;
          category?: string;
          archived?: 'true' | 'false';
          sort?:
            | 'code'
            | '-code'
            | 'nameZh'
            | '-nameZh'
            | 'status'
            | 'openedDate'
            | '-openedDate'
            | 'updatedAt'
            | '-updatedAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                orgUnitId: string;
                code: string;
                nameZh: string;
                nameEn: string;
                /** Format: uuid */
                branchId: string;
                branchCode: string;
                branchNameZh: string;
                branchNameEn: string;
                /** @enum {string} */
                placeKind: 'designated_site' | 'workplace' | 'centralised_site';
                placeType:
                  | (
                      | 'water'
                      | 'road'
                      | 'air'
                      | 'rail'
                      | 'express'
                      | 'ecommerce'
                      | 'passenger'
                      | 'mail'
                      | 'isolation'
                    )
                  | null;
                modes: (
                  | 'sea'
                  | 'river'
                  | 'air'
                  | 'rail'
                  | 'road'
                  | 'mail'
                  | 'express'
                  | 'ecommerce'
                  | 'passenger'
                )[];
                /** @enum {string} */
                portClass: 'I' | 'II';
                provinceCode: string;
                cityCode: string;
                latitude: number | null;
                longitude: number | null;
                /** @enum {string} */
                status: 'planned' | 'open' | 'suspended' | 'closed';
                statusReason: string | null;
                openedDate: string | null;
                designCapacity: {
                  /** @enum {string} */
                  mode:
                    | 'sea'
                    | 'river'
                    | 'air'
                    | 'rail'
                    | 'road'
                    | 'mail'
                    | 'express'
                    | 'ecommerce'
                    | 'passenger';
                  /** @enum {string} */
                  unit:
                    | 'teu_per_year'
                    | 'tonnes_per_year'
                    | 'passengers_per_year'
                    | 'mail_items_per_year'
                    | 'vehicles_per_year'
                    | 'parcels_per_year'
                    | 'trains_per_year';
                  value: number;
                }[];
                categories: {
                  code: string;
                  /** @enum {string} */
                  status: 'approved' | 'suspended' | 'withdrawn';
                }[];
                archived: boolean;
                archivedReason: string | null;
                version: number;
                createdAt: string;
                updatedAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Create a port and its org unit under a branch */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** Format: uuid */
            branchId: string;
            /** @enum {string} */
            status: 'planned' | 'open' | 'suspended' | 'closed';
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            placeKind: 'designated_site' | 'workplace' | 'centralised_site';
            placeType:
              | (
                  | 'water'
                  | 'road'
                  | 'air'
                  | 'rail'
                  | 'express'
                  | 'ecommerce'
                  | 'passenger'
                  | 'mail'
                  | 'isolation'
                )
              | null;
            modes: (
              | 'sea'
              | 'river'
              | 'air'
              | 'rail'
              | 'road'
              | 'mail'
              | 'express'
              | 'ecommerce'
              | 'passenger'
            )[];
            /** @enum {string} */
            portClass: 'I' | 'II';
            provinceCode: string;
            cityCode: string;
            latitude: number | null;
            longitude: number | null;
            openedDate: string | null;
            designCapacity: {
              /** @enum {string} */
              mode:
                | 'sea'
                | 'river'
                | 'air'
                | 'rail'
                | 'road'
                | 'mail'
                | 'express'
                | 'ecommerce'
                | 'passenger';
              /** @enum {string} */
              unit:
                | 'teu_per_year'
                | 'tonnes_per_year'
                | 'passengers_per_year'
                | 'mail_items_per_year'
                | 'vehicles_per_year'
                | 'parcels_per_year'
                | 'trains_per_year';
              value: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orgUnitId: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** Format: uuid */
              branchId: string;
              branchCode: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              placeKind: 'designated_site' | 'workplace' | 'centralised_site';
              placeType:
                | (
                    | 'water'
                    | 'road'
                    | 'air'
                    | 'rail'
                    | 'express'
                    | 'ecommerce'
                    | 'passenger'
                    | 'mail'
                    | 'isolation'
                  )
                | null;
              modes: (
                | 'sea'
                | 'river'
                | 'air'
                | 'rail'
                | 'road'
                | 'mail'
                | 'express'
                | 'ecommerce'
                | 'passenger'
              )[];
              /** @enum {string} */
              portClass: 'I' | 'II';
              provinceCode: string;
              cityCode: string;
              latitude: number | null;
              longitude: number | null;
              /** @enum {string} */
              status: 'planned' | 'open' | 'suspended' | 'closed';
              statusReason: string | null;
              openedDate: string | null;
              designCapacity: {
                /** @enum {string} */
                mode:
                  | 'sea'
                  | 'river'
                  | 'air'
                  | 'rail'
                  | 'road'
                  | 'mail'
                  | 'express'
                  | 'ecommerce'
                  | 'passenger';
                /** @enum {string} */
                unit:
                  | 'teu_per_year'
                  | 'tonnes_per_year'
                  | 'passengers_per_year'
                  | 'mail_items_per_year'
                  | 'vehicles_per_year'
                  | 'parcels_per_year'
                  | 'trains_per_year';
                value: number;
              }[];
              categories: {
                code: string;
                /** @enum {string} */
                status: 'approved' | 'suspended' | 'withdrawn';
              }[];
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/map': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every port in your scope as map points, with its latest yearly traffic in tonnes */
    get: {
      parameters: {
        query?: {
          q?: string;
          mode?:
            | 'sea'
            | 'river'
            | 'air'
            | 'rail'
            | 'road'
            | 'mail'
            | 'express'
            | 'ecommerce'
            | 'passenger';
          placeKind?: 'designated_site' | 'workplace' | 'centralised_site';
          portClass?: 'I' | 'II';
          status?: 'planned' | 'open' | 'suspended' | 'closed';
          branchId?: string;
          provinceCode?: string;
          category?: string;
          archived?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** @enum {string} */
              status: 'planned' | 'open' | 'suspended' | 'closed';
              latitude: number | null;
              longitude: number | null;
              categories: {
                code: string;
                /** @enum {string} */
                status: 'approved' | 'suspended' | 'withdrawn';
              }[];
              latestTonnes: number;
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/branches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The branches whose ports you read, for filtering by branch */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              code: string;
              nameZh: string;
              nameEn: string;
              ports: number;
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered port list as an Excel workbook */
    get: {
      parameters: {
        query?: {
          q?: string;
          mode?:
            | 'sea'
            | 'river'
            | 'air'
            | 'rail'
            | 'road'
            | 'mail'
            | 'express'
            | 'ecommerce'
            | 'passenger';
          placeKind?: 'designated_site' | 'workplace' | 'centralised_site';
          portClass?: 'I' | 'II';
          status?: 'planned' | 'open' | 'suspended' | 'closed';
          branchId?: string;
          provinceCode?: string;
          category?: string;
          archived?: 'true' | 'false';
          sort?:
            | 'code'
            | '-code'
            | 'nameZh'
            | '-nameZh'
            | 'status'
            | 'openedDate'
            | '-openedDate'
            | 'updatedAt'
            | '-updatedAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One port */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orgUnitId: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** Format: uuid */
              branchId: string;
              branchCode: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              placeKind: 'designated_site' | 'workplace' | 'centralised_site';
              placeType:
                | (
                    | 'water'
                    | 'road'
                    | 'air'
                    | 'rail'
                    | 'express'
                    | 'ecommerce'
                    | 'passenger'
                    | 'mail'
                    | 'isolation'
                  )
                | null;
              modes: (
                | 'sea'
                | 'river'
                | 'air'
                | 'rail'
                | 'road'
                | 'mail'
                | 'express'
                | 'ecommerce'
                | 'passenger'
              )[];
              /** @enum {string} */
              portClass: 'I' | 'II';
              provinceCode: string;
              cityCode: string;
              latitude: number | null;
              longitude: number | null;
              /** @enum {string} */
              status: 'planned' | 'open' | 'suspended' | 'closed';
              statusReason: string | null;
              openedDate: string | null;
              designCapacity: {
                /** @enum {string} */
                mode:
                  | 'sea'
                  | 'river'
                  | 'air'
                  | 'rail'
                  | 'road'
                  | 'mail'
                  | 'express'
                  | 'ecommerce'
                  | 'passenger';
                /** @enum {string} */
                unit:
                  | 'teu_per_year'
                  | 'tonnes_per_year'
                  | 'passengers_per_year'
                  | 'mail_items_per_year'
                  | 'vehicles_per_year'
                  | 'parcels_per_year'
                  | 'trains_per_year';
                value: number;
              }[];
              categories: {
                code: string;
                /** @enum {string} */
                status: 'approved' | 'suspended' | 'withdrawn';
              }[];
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    /** Edit a port with the version read */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            placeKind: 'designated_site' | 'workplace' | 'centralised_site';
            placeType:
              | (
                  | 'water'
                  | 'road'
                  | 'air'
                  | 'rail'
                  | 'express'
                  | 'ecommerce'
                  | 'passenger'
                  | 'mail'
                  | 'isolation'
                )
              | null;
            modes: (
              | 'sea'
              | 'river'
              | 'air'
              | 'rail'
              | 'road'
              | 'mail'
              | 'express'
              | 'ecommerce'
              | 'passenger'
            )[];
            /** @enum {string} */
            portClass: 'I' | 'II';
            provinceCode: string;
            cityCode: string;
            latitude: number | null;
            longitude: number | null;
            openedDate: string | null;
            designCapacity: {
              /** @enum {string} */
              mode:
                | 'sea'
                | 'river'
                | 'air'
                | 'rail'
                | 'road'
                | 'mail'
                | 'express'
                | 'ecommerce'
                | 'passenger';
              /** @enum {string} */
              unit:
                | 'teu_per_year'
                | 'tonnes_per_year'
                | 'passengers_per_year'
                | 'mail_items_per_year'
                | 'vehicles_per_year'
                | 'parcels_per_year'
                | 'trains_per_year';
              value: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orgUnitId: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** Format: uuid */
              branchId: string;
              branchCode: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              placeKind: 'designated_site' | 'workplace' | 'centralised_site';
              placeType:
                | (
                    | 'water'
                    | 'road'
                    | 'air'
                    | 'rail'
                    | 'express'
                    | 'ecommerce'
                    | 'passenger'
                    | 'mail'
                    | 'isolation'
                  )
                | null;
              modes: (
                | 'sea'
                | 'river'
                | 'air'
                | 'rail'
                | 'road'
                | 'mail'
                | 'express'
                | 'ecommerce'
                | 'passenger'
              )[];
              /** @enum {string} */
              portClass: 'I' | 'II';
              provinceCode: string;
              cityCode: string;
              latitude: number | null;
              longitude: number | null;
              /** @enum {string} */
              status: 'planned' | 'open' | 'suspended' | 'closed';
              statusReason: string | null;
              openedDate: string | null;
              designCapacity: {
                /** @enum {string} */
                mode:
                  | 'sea'
                  | 'river'
                  | 'air'
                  | 'rail'
                  | 'road'
                  | 'mail'
                  | 'express'
                  | 'ecommerce'
                  | 'passenger';
                /** @enum {string} */
                unit:
                  | 'teu_per_year'
                  | 'tonnes_per_year'
                  | 'passengers_per_year'
                  | 'mail_items_per_year'
                  | 'vehicles_per_year'
                  | 'parcels_per_year'
                  | 'trains_per_year';
                value: number;
              }[];
              categories: {
                code: string;
                /** @enum {string} */
                status: 'approved' | 'suspended' | 'withdrawn';
              }[];
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open, suspend or close a port, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @enum {string} */
            status: 'planned' | 'open' | 'suspended' | 'closed';
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orgUnitId: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** Format: uuid */
              branchId: string;
              branchCode: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              placeKind: 'designated_site' | 'workplace' | 'centralised_site';
              placeType:
                | (
                    | 'water'
                    | 'road'
                    | 'air'
                    | 'rail'
                    | 'express'
                    | 'ecommerce'
                    | 'passenger'
                    | 'mail'
                    | 'isolation'
                  )
                | null;
              modes: (
                | 'sea'
                | 'river'
                | 'air'
                | 'rail'
                | 'road'
                | 'mail'
                | 'express'
                | 'ecommerce'
                | 'passenger'
              )[];
              /** @enum {string} */
              portClass: 'I' | 'II';
              provinceCode: string;
              cityCode: string;
              latitude: number | null;
              longitude: number | null;
              /** @enum {string} */
              status: 'planned' | 'open' | 'suspended' | 'closed';
              statusReason: string | null;
              openedDate: string | null;
              designCapacity: {
                /** @enum {string} */
                mode:
                  | 'sea'
                  | 'river'
                  | 'air'
                  | 'rail'
                  | 'road'
                  | 'mail'
                  | 'express'
                  | 'ecommerce'
                  | 'passenger';
                /** @enum {string} */
                unit:
                  | 'teu_per_year'
                  | 'tonnes_per_year'
                  | 'passengers_per_year'
                  | 'mail_items_per_year'
                  | 'vehicles_per_year'
                  | 'parcels_per_year'
                  | 'trains_per_year';
                value: number;
              }[];
              categories: {
                code: string;
                /** @enum {string} */
                status: 'approved' | 'suspended' | 'withdrawn';
              }[];
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a port with a reason (nothing is deleted) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orgUnitId: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** Format: uuid */
              branchId: string;
              branchCode: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              placeKind: 'designated_site' | 'workplace' | 'centralised_site';
              placeType:
                | (
                    | 'water'
                    | 'road'
                    | 'air'
                    | 'rail'
                    | 'express'
                    | 'ecommerce'
                    | 'passenger'
                    | 'mail'
                    | 'isolation'
                  )
                | null;
              modes: (
                | 'sea'
                | 'river'
                | 'air'
                | 'rail'
                | 'road'
                | 'mail'
                | 'express'
                | 'ecommerce'
                | 'passenger'
              )[];
              /** @enum {string} */
              portClass: 'I' | 'II';
              provinceCode: string;
              cityCode: string;
              latitude: number | null;
              longitude: number | null;
              /** @enum {string} */
              status: 'planned' | 'open' | 'suspended' | 'closed';
              statusReason: string | null;
              openedDate: string | null;
              designCapacity: {
                /** @enum {string} */
                mode:
                  | 'sea'
                  | 'river'
                  | 'air'
                  | 'rail'
                  | 'road'
                  | 'mail'
                  | 'express'
                  | 'ecommerce'
                  | 'passenger';
                /** @enum {string} */
                unit:
                  | 'teu_per_year'
                  | 'tonnes_per_year'
                  | 'passengers_per_year'
                  | 'mail_items_per_year'
                  | 'vehicles_per_year'
                  | 'parcels_per_year'
                  | 'trains_per_year';
                value: number;
              }[];
              categories: {
                code: string;
                /** @enum {string} */
                status: 'approved' | 'suspended' | 'withdrawn';
              }[];
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring an archived port back */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              orgUnitId: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** Format: uuid */
              branchId: string;
              branchCode: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              placeKind: 'designated_site' | 'workplace' | 'centralised_site';
              placeType:
                | (
                    | 'water'
                    | 'road'
                    | 'air'
                    | 'rail'
                    | 'express'
                    | 'ecommerce'
                    | 'passenger'
                    | 'mail'
                    | 'isolation'
                  )
                | null;
              modes: (
                | 'sea'
                | 'river'
                | 'air'
                | 'rail'
                | 'road'
                | 'mail'
                | 'express'
                | 'ecommerce'
                | 'passenger'
              )[];
              /** @enum {string} */
              portClass: 'I' | 'II';
              provinceCode: string;
              cityCode: string;
              latitude: number | null;
              longitude: number | null;
              /** @enum {string} */
              status: 'planned' | 'open' | 'suspended' | 'closed';
              statusReason: string | null;
              openedDate: string | null;
              designCapacity: {
                /** @enum {string} */
                mode:
                  | 'sea'
                  | 'river'
                  | 'air'
                  | 'rail'
                  | 'road'
                  | 'mail'
                  | 'express'
                  | 'ecommerce'
                  | 'passenger';
                /** @enum {string} */
                unit:
                  | 'teu_per_year'
                  | 'tonnes_per_year'
                  | 'passengers_per_year'
                  | 'mail_items_per_year'
                  | 'vehicles_per_year'
                  | 'parcels_per_year'
                  | 'trains_per_year';
                value: number;
              }[];
              categories: {
                code: string;
                /** @enum {string} */
                status: 'approved' | 'suspended' | 'withdrawn';
              }[];
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/{id}/designations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A port's designated site categories */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              categoryCode: string;
              /** @enum {string} */
              status: 'approved' | 'suspended' | 'withdrawn';
              effectiveDate: string;
              legalBasis: string;
              reason: string | null;
              version: number;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Record an approved designation for one category */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            categoryCode: string;
            /** Format: date */
            effectiveDate: string;
            legalBasis: string;
            reason: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              categoryCode: string;
              /** @enum {string} */
              status: 'approved' | 'suspended' | 'withdrawn';
              effectiveDate: string;
              legalBasis: string;
              reason: string | null;
              version: number;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/designations/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend, withdraw or reinstate one category (kept in its history) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @enum {string} */
            status: 'approved' | 'suspended' | 'withdrawn';
            /** Format: date */
            effectiveDate: string;
            legalBasis: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              categoryCode: string;
              /** @enum {string} */
              status: 'approved' | 'suspended' | 'withdrawn';
              effectiveDate: string;
              legalBasis: string;
              reason: string | null;
              version: number;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/designations/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A designation's history, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              designationId: string;
              categoryCode: string;
              /** @enum {string} */
              status: 'approved' | 'suspended' | 'withdrawn';
              effectiveDate: string;
              legalBasis: string;
              reason: string | null;
              at: string;
              by: string | null;
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/designations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current approved designations, for anyone */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          category?: string;
          provinceCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                provinceCode: string;
                cityCode: string;
                categoryCode: string;
                categoryNameZh: string;
                categoryNameEn: string;
                effectiveDate: string;
                legalBasis: string;
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reference/designation-categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Designated site categories */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              nameZh: string;
              nameEn: string;
              trafficUnits: (
                'lots' | 'tonnes' | 'm3' | 'teu' | 'head' | 'passengers' | 'mail_items'
              )[];
              builtIn: boolean;
              source: string | null;
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Add a designated site category */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            nameZh: string;
            nameEn: string;
            trafficUnits: (
              'lots' | 'tonnes' | 'm3' | 'teu' | 'head' | 'passengers' | 'mail_items'
            )[];
            source: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              nameZh: string;
              nameEn: string;
              trafficUnits: (
                'lots' | 'tonnes' | 'm3' | 'teu' | 'head' | 'passengers' | 'mail_items'
              )[];
              builtIn: boolean;
              source: string | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reference/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** GB/T 2260 provinces and cities */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              source: string;
              provinces: {
                code: string;
                nameZh: string;
                nameEn: string;
                cities: {
                  code: string;
                  nameZh: string;
                  nameEn: string;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/{id}/traffic': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A port's traffic figures and chart series */
    get: {
      parameters: {
        query?: {
          categoryCode?: string;
          fromYear?: number;
          toYear?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                portId: string;
                categoryCode: string;
                year: number;
                month: number | null;
                /** @enum {string} */
                unit: 'lots' | 'tonnes' | 'm3' | 'teu' | 'head' | 'passengers' | 'mail_items';
                value: number;
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              series: {
                categoryCode: string;
                /** @enum {string} */
                unit: 'lots' | 'tonnes' | 'm3' | 'teu' | 'head' | 'passengers' | 'mail_items';
                yearly: {
                  year: number;
                  value: number;
                }[];
                monthly: {
                  year: number;
                  month: number;
                  value: number;
                }[];
              }[];
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Record a yearly or monthly traffic figure */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            categoryCode: string;
            year: number;
            month: number | null;
            /** @enum {string} */
            unit: 'lots' | 'tonnes' | 'm3' | 'teu' | 'head' | 'passengers' | 'mail_items';
            value: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              categoryCode: string;
              year: number;
              month: number | null;
              /** @enum {string} */
              unit: 'lots' | 'tonnes' | 'm3' | 'teu' | 'head' | 'passengers' | 'mail_items';
              value: number;
              version: number;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/traffic/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Correct a traffic figure with the version read */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @enum {string} */
            unit: 'lots' | 'tonnes' | 'm3' | 'teu' | 'head' | 'passengers' | 'mail_items';
            value: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              categoryCode: string;
              year: number;
              month: number | null;
              /** @enum {string} */
              unit: 'lots' | 'tonnes' | 'm3' | 'teu' | 'head' | 'passengers' | 'mail_items';
              value: number;
              version: number;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The port import template */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ports/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import ports from an xlsx: all rows or none; ports whose code exists are skipped or updated as `onExisting` says */
    post: {
      parameters: {
        query?: {
          onExisting?: 'skip' | 'update';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applied: number;
              problems: {
                row: number;
                column: string;
                message: string;
                label?: string;
              }[];
              existing?: {
                row: number;
                key: string;
              }[];
              skipped?: number;
              updated?: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applied: number;
              problems: {
                row: number;
                column: string;
                message: string;
                label?: string;
              }[];
              existing?: {
                row: number;
                key: string;
              }[];
              skipped?: number;
              updated?: number;
            };
          };
        };
        413: components['responses']['Error'];
        415: components['responses']['Error'];
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  applied: number;
                  problems: {
                    row: number;
                    column: string;
                    message: string;
                    label?: string;
                  }[];
                  existing?: {
                    row: number;
                    key: string;
                  }[];
                  skipped?: number;
                  updated?: number;
                }
              | {
                  error: {
                    code: string;
                    message: string;
                    fields?: {
                      [key: string]: string;
                    };
                  };
                };
          };
        };
        503: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/traffic/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The traffic import template */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/traffic/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import traffic figures from an xlsx: all rows or none; periods already recorded are skipped or updated as `onExisting` says */
    post: {
      parameters: {
        query?: {
          onExisting?: 'skip' | 'update';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applied: number;
              problems: {
                row: number;
                column: string;
                message: string;
                label?: string;
              }[];
              existing?: {
                row: number;
                key: string;
              }[];
              skipped?: number;
              updated?: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applied: number;
              problems: {
                row: number;
                column: string;
                message: string;
                label?: string;
              }[];
              existing?: {
                row: number;
                key: string;
              }[];
              skipped?: number;
              updated?: number;
            };
          };
        };
        413: components['responses']['Error'];
        415: components['responses']['Error'];
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  applied: number;
                  problems: {
                    row: number;
                    column: string;
                    message: string;
                    label?: string;
                  }[];
                  existing?: {
                    row: number;
                    key: string;
                  }[];
                  skipped?: number;
                  updated?: number;
                }
              | {
                  error: {
                    code: string;
                    message: string;
                    fields?: {
                      [key: string]: string;
                    };
                  };
                };
          };
        };
        503: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reference/facility-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The facility type catalog */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              nameZh: string;
              nameEn: string;
              /** @enum {string} */
              capacityUnit:
                | 'm2'
                | 'm3'
                | 'count'
                | 'lanes'
                | 'tonnes_per_day'
                | 'items_per_hour'
                | 'head'
                | 'retention_days'
                | 'kw'
                | 'kgy';
              certificationCycleMonths: number | null;
              applicableCategories: string[];
              /** @enum {string} */
              sourceTag: 'S' | 'G' | 'P';
              source: string;
              version: number;
              can: {
                [key: string]: boolean;
              };
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Add a facility type */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            capacityUnit:
              | 'm2'
              | 'm3'
              | 'count'
              | 'lanes'
              | 'tonnes_per_day'
              | 'items_per_hour'
              | 'head'
              | 'retention_days'
              | 'kw'
              | 'kgy';
            certificationCycleMonths: number | null;
            applicableCategories: string[];
            /** @enum {string} */
            sourceTag: 'S' | 'G' | 'P';
            source: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              nameZh: string;
              nameEn: string;
              /** @enum {string} */
              capacityUnit:
                | 'm2'
                | 'm3'
                | 'count'
                | 'lanes'
                | 'tonnes_per_day'
                | 'items_per_hour'
                | 'head'
                | 'retention_days'
                | 'kw'
                | 'kgy';
              certificationCycleMonths: number | null;
              applicableCategories: string[];
              /** @enum {string} */
              sourceTag: 'S' | 'G' | 'P';
              source: string;
              version: number;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reference/facility-types/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Edit a facility type with the version read */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            capacityUnit:
              | 'm2'
              | 'm3'
              | 'count'
              | 'lanes'
              | 'tonnes_per_day'
              | 'items_per_hour'
              | 'head'
              | 'retention_days'
              | 'kw'
              | 'kgy';
            certificationCycleMonths: number | null;
            applicableCategories: string[];
            /** @enum {string} */
            sourceTag: 'S' | 'G' | 'P';
            source: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              nameZh: string;
              nameEn: string;
              /** @enum {string} */
              capacityUnit:
                | 'm2'
                | 'm3'
                | 'count'
                | 'lanes'
                | 'tonnes_per_day'
                | 'items_per_hour'
                | 'head'
                | 'retention_days'
                | 'kw'
                | 'kgy';
              certificationCycleMonths: number | null;
              applicableCategories: string[];
              /** @enum {string} */
              sourceTag: 'S' | 'G' | 'P';
              source: string;
              version: number;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The facility ledger in your scope, paginated and filtered */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          portId?: string;
          branchId?: string;
          typeCode?: string;
          status?: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
          certification?: 'valid' | 'expiring' | 'expired' | 'none';
          archived?: 'true' | 'false';
          sort?:
            | 'portCode'
            | '-portCode'
            | 'typeCode'
            | '-typeCode'
            | 'status'
            | 'commissionedDate'
            | '-commissionedDate'
            | 'updatedAt'
            | '-updatedAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                portId: string;
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                typeCode: string;
                functionalArea: string;
                quantity: number;
                capacity: number | null;
                commissionedDate: string | null;
                /** @enum {string} */
                status: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
                notes: string | null;
                certificationExpiry: string | null;
                /** @enum {string} */
                certificationState: 'not_required' | 'valid' | 'expiring' | 'expired' | 'missing';
                archived: boolean;
                archivedReason: string | null;
                version: number;
                createdAt: string;
                updatedAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Add a facility to a port */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            portId: string;
            typeCode: string;
            functionalArea: string;
            quantity: number;
            capacity: number | null;
            commissionedDate: string | null;
            /** @enum {string} */
            status: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
            notes: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              typeCode: string;
              functionalArea: string;
              quantity: number;
              capacity: number | null;
              commissionedDate: string | null;
              /** @enum {string} */
              status: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
              notes: string | null;
              certificationExpiry: string | null;
              /** @enum {string} */
              certificationState: 'not_required' | 'valid' | 'expiring' | 'expired' | 'missing';
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered ledger as an Excel workbook */
    get: {
      parameters: {
        query?: {
          q?: string;
          portId?: string;
          branchId?: string;
          typeCode?: string;
          status?: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
          certification?: 'valid' | 'expiring' | 'expired' | 'none';
          archived?: 'true' | 'false';
          sort?:
            | 'portCode'
            | '-portCode'
            | 'typeCode'
            | '-typeCode'
            | 'status'
            | 'commissionedDate'
            | '-commissionedDate'
            | 'updatedAt'
            | '-updatedAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities/gaps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ports lacking required facility types for their designated categories */
    get: {
      parameters: {
        query?: {
          branchId?: string;
          portId?: string;
          category?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              /** Format: uuid */
              branchId: string;
              branchNameZh: string;
              branchNameEn: string;
              categoryCode: string;
              /** @enum {string} */
              designationStatus: 'approved' | 'suspended' | 'withdrawn';
              requiredTypes: string[];
              missingTypes: string[];
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One facility */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              typeCode: string;
              functionalArea: string;
              quantity: number;
              capacity: number | null;
              commissionedDate: string | null;
              /** @enum {string} */
              status: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
              notes: string | null;
              certificationExpiry: string | null;
              /** @enum {string} */
              certificationState: 'not_required' | 'valid' | 'expiring' | 'expired' | 'missing';
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    /** Edit a facility (naming another port moves it) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** Format: uuid */
            portId: string;
            typeCode: string;
            functionalArea: string;
            quantity: number;
            capacity: number | null;
            commissionedDate: string | null;
            /** @enum {string} */
            status: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
            notes: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              typeCode: string;
              functionalArea: string;
              quantity: number;
              capacity: number | null;
              commissionedDate: string | null;
              /** @enum {string} */
              status: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
              notes: string | null;
              certificationExpiry: string | null;
              /** @enum {string} */
              certificationState: 'not_required' | 'valid' | 'expiring' | 'expired' | 'missing';
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a facility with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              typeCode: string;
              functionalArea: string;
              quantity: number;
              capacity: number | null;
              commissionedDate: string | null;
              /** @enum {string} */
              status: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
              notes: string | null;
              certificationExpiry: string | null;
              /** @enum {string} */
              certificationState: 'not_required' | 'valid' | 'expiring' | 'expired' | 'missing';
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring an archived facility back */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              typeCode: string;
              functionalArea: string;
              quantity: number;
              capacity: number | null;
              commissionedDate: string | null;
              /** @enum {string} */
              status: 'in_service' | 'under_maintenance' | 'out_of_service' | 'planned';
              notes: string | null;
              certificationExpiry: string | null;
              /** @enum {string} */
              certificationState: 'not_required' | 'valid' | 'expiring' | 'expired' | 'missing';
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities/{id}/certifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A facility's certifications, latest expiry first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              facilityId: string;
              issuer: string;
              issuedDate: string;
              expiryDate: string;
              documentRef: string | null;
              createdAt: string;
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Record a certification (renewals are new records) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            issuer: string;
            /** Format: date */
            issuedDate: string;
            /** Format: date */
            expiryDate: string;
            documentRef: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              facilityId: string;
              issuer: string;
              issuedDate: string;
              expiryDate: string;
              documentRef: string | null;
              createdAt: string;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certifications/expiring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Expired and expiring certifications in your scope */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          within?: '30' | '60' | '90';
          branchId?: string;
          portId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                certificationId: string;
                /** Format: uuid */
                facilityId: string;
                typeCode: string;
                functionalArea: string;
                /** Format: uuid */
                portId: string;
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                /** Format: uuid */
                branchId: string;
                branchNameZh: string;
                branchNameEn: string;
                issuer: string;
                issuedDate: string;
                expiryDate: string;
                daysLeft: number;
                /** @enum {string} */
                state: 'expired' | 'expiring';
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certifications/expiring/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered expiry board as an Excel workbook */
    get: {
      parameters: {
        query?: {
          within?: '30' | '60' | '90';
          branchId?: string;
          portId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities/import/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The facility import template */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import facilities (and their certifications) from an xlsx: all rows or none */
    post: {
      parameters: {
        query?: {
          onExisting?: 'skip' | 'update';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applied: number;
              problems: {
                row: number;
                column: string;
                message: string;
                label?: string;
              }[];
              existing?: {
                row: number;
                key: string;
              }[];
              skipped?: number;
              updated?: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applied: number;
              problems: {
                row: number;
                column: string;
                message: string;
                label?: string;
              }[];
              existing?: {
                row: number;
                key: string;
              }[];
              skipped?: number;
              updated?: number;
            };
          };
        };
        413: components['responses']['Error'];
        415: components['responses']['Error'];
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  applied: number;
                  problems: {
                    row: number;
                    column: string;
                    message: string;
                    label?: string;
                  }[];
                  existing?: {
                    row: number;
                    key: string;
                  }[];
                  skipped?: number;
                  updated?: number;
                }
              | {
                  error: {
                    code: string;
                    message: string;
                    fields?: {
                      [key: string]: string;
                    };
                  };
                };
          };
        };
        503: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** New-port and new-function projects in your scope */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          portId?: string;
          branchId?: string;
          kind?: 'new_port' | 'new_category';
          archived?: 'true' | 'false';
          sort?: 'createdAt' | '-createdAt' | 'title' | '-title';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                portId: string;
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                /** @enum {string} */
                kind: 'new_port' | 'new_category';
                title: string;
                categories: string[];
                gates: {
                  /** @enum {string} */
                  gate: 'planning' | 'design' | 'funding' | 'construction' | 'acceptance';
                  plannedDate: string | null;
                  actualDate: string | null;
                  documents: string | null;
                  signedBy: string | null;
                  signedAt: string | null;
                  can: {
                    [key: string]: boolean;
                  };
                }[];
                currentGate:
                  ('planning' | 'design' | 'funding' | 'construction' | 'acceptance') | null;
                archived: boolean;
                archivedReason: string | null;
                version: number;
                createdAt: string;
                updatedAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Start a project for a port */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            portId: string;
            /** @enum {string} */
            kind: 'new_port' | 'new_category';
            title: string;
            categories: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              /** @enum {string} */
              kind: 'new_port' | 'new_category';
              title: string;
              categories: string[];
              gates: {
                /** @enum {string} */
                gate: 'planning' | 'design' | 'funding' | 'construction' | 'acceptance';
                plannedDate: string | null;
                actualDate: string | null;
                documents: string | null;
                signedBy: string | null;
                signedAt: string | null;
                can: {
                  [key: string]: boolean;
                };
              }[];
              currentGate:
                ('planning' | 'design' | 'funding' | 'construction' | 'acceptance') | null;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One project with its five gates */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              /** @enum {string} */
              kind: 'new_port' | 'new_category';
              title: string;
              categories: string[];
              gates: {
                /** @enum {string} */
                gate: 'planning' | 'design' | 'funding' | 'construction' | 'acceptance';
                plannedDate: string | null;
                actualDate: string | null;
                documents: string | null;
                signedBy: string | null;
                signedAt: string | null;
                can: {
                  [key: string]: boolean;
                };
              }[];
              currentGate:
                ('planning' | 'design' | 'funding' | 'construction' | 'acceptance') | null;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}/gates/{gate}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record a gate's dates and documents */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          gate: 'planning' | 'design' | 'funding' | 'construction' | 'acceptance';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            plannedDate: string | null;
            actualDate: string | null;
            documents: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              /** @enum {string} */
              kind: 'new_port' | 'new_category';
              title: string;
              categories: string[];
              gates: {
                /** @enum {string} */
                gate: 'planning' | 'design' | 'funding' | 'construction' | 'acceptance';
                plannedDate: string | null;
                actualDate: string | null;
                documents: string | null;
                signedBy: string | null;
                signedAt: string | null;
                can: {
                  [key: string]: boolean;
                };
              }[];
              currentGate:
                ('planning' | 'design' | 'funding' | 'construction' | 'acceptance') | null;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}/gates/{gate}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign off the current gate (FACILITY working group) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          gate: 'planning' | 'design' | 'funding' | 'construction' | 'acceptance';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              /** @enum {string} */
              kind: 'new_port' | 'new_category';
              title: string;
              categories: string[];
              gates: {
                /** @enum {string} */
                gate: 'planning' | 'design' | 'funding' | 'construction' | 'acceptance';
                plannedDate: string | null;
                actualDate: string | null;
                documents: string | null;
                signedBy: string | null;
                signedAt: string | null;
                can: {
                  [key: string]: boolean;
                };
              }[];
              currentGate:
                ('planning' | 'design' | 'funding' | 'construction' | 'acceptance') | null;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive a project with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              /** @enum {string} */
              kind: 'new_port' | 'new_category';
              title: string;
              categories: string[];
              gates: {
                /** @enum {string} */
                gate: 'planning' | 'design' | 'funding' | 'construction' | 'acceptance';
                plannedDate: string | null;
                actualDate: string | null;
                documents: string | null;
                signedBy: string | null;
                signedAt: string | null;
                can: {
                  [key: string]: boolean;
                };
              }[];
              currentGate:
                ('planning' | 'design' | 'funding' | 'construction' | 'acceptance') | null;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring an archived project back */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              /** @enum {string} */
              kind: 'new_port' | 'new_category';
              title: string;
              categories: string[];
              gates: {
                /** @enum {string} */
                gate: 'planning' | 'design' | 'funding' | 'construction' | 'acceptance';
                plannedDate: string | null;
                actualDate: string | null;
                documents: string | null;
                signedBy: string | null;
                signedAt: string | null;
                can: {
                  [key: string]: boolean;
                };
              }[];
              currentGate:
                ('planning' | 'design' | 'funding' | 'construction' | 'acceptance') | null;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/facilities/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A facility's photos and documents, newest first */
    get: {
      parameters: {
        query?: {
          archived?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              facilityId: string;
              certificationId: string | null;
              /** @enum {string} */
              kind: 'photo' | 'document' | 'certificate';
              fileName: string;
              mimeType: string;
              size: number;
              url: string;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              createdBy: string | null;
              can: {
                [key: string]: boolean;
              };
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Upload a photo or document of a facility (multipart, one part named "file") */
    post: {
      parameters: {
        query: {
          kind: 'photo' | 'document';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              facilityId: string;
              certificationId: string | null;
              /** @enum {string} */
              kind: 'photo' | 'document' | 'certificate';
              fileName: string;
              mimeType: string;
              size: number;
              url: string;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              createdBy: string | null;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        413: components['responses']['Error'];
        415: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/certifications/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A certification's certificate documents, newest first */
    get: {
      parameters: {
        query?: {
          archived?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              facilityId: string;
              certificationId: string | null;
              /** @enum {string} */
              kind: 'photo' | 'document' | 'certificate';
              fileName: string;
              mimeType: string;
              size: number;
              url: string;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              createdBy: string | null;
              can: {
                [key: string]: boolean;
              };
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Upload a certification's certificate document (multipart, one part named "file") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              facilityId: string;
              certificationId: string | null;
              /** @enum {string} */
              kind: 'photo' | 'document' | 'certificate';
              fileName: string;
              mimeType: string;
              size: number;
              url: string;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              createdBy: string | null;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        413: components['responses']['Error'];
        415: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an attachment's file with its stored type */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attachments/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Archive an attachment with a reason (its file is kept) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              facilityId: string;
              certificationId: string | null;
              /** @enum {string} */
              kind: 'photo' | 'document' | 'certificate';
              fileName: string;
              mimeType: string;
              size: number;
              url: string;
              archived: boolean;
              archivedReason: string | null;
              version: number;
              createdAt: string;
              createdBy: string | null;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/vocabulary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The facts and functions requirement expressions may use */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              variables: {
                name: string;
                type: string;
                label: {
                  zh: string;
                  en: string;
                };
                fields: {
                  name: string;
                  type: string;
                  label: {
                    zh: string;
                    en: string;
                  };
                }[];
                methods: {
                  signature: string;
                  label: {
                    zh: string;
                    en: string;
                  };
                }[];
              }[];
              functions: {
                signature: string;
                label: {
                  zh: string;
                  en: string;
                };
              }[];
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check an item's expressions and preview them over your ports (nothing is saved) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default PREVIEW */
            code?: string;
            /**
             * @default FACILITY
             * @enum {string}
             */
            aspect?: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
            appliesWhen: string | null;
            required: string | null;
            measure: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              problems: {
                itemCode: string;
                /** @enum {string} */
                field: 'appliesWhen' | 'required' | 'measure';
                expression: string;
                message: {
                  zh: string;
                  en: string;
                };
                start: number | null;
                end: number | null;
              }[];
              ports: {
                portId: string;
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                applies: boolean;
                result:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                required: number | null;
                present: number | boolean | null;
                error: string | null;
              }[];
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Requirement catalogs with their versions */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          sort?: 'code' | '-code' | 'updatedAt' | '-updatedAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                code: string;
                nameZh: string;
                nameEn: string;
                source: string;
                versions: {
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'draft' | 'published';
                  itemCount: number;
                  publishedAt: string | null;
                  publishedBy: string | null;
                }[];
                version: number;
                createdAt: string;
                updatedAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Start a catalog with an empty draft version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            nameZh: string;
            nameEn: string;
            /** @default  */
            source?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              nameZh: string;
              nameEn: string;
              source: string;
              versions: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'draft' | 'published';
                itemCount: number;
                publishedAt: string | null;
                publishedBy: string | null;
              }[];
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogs/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a YAML or JSON catalog file as a new catalog or a new draft version (all items or none) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            format: 'yaml' | 'json';
            content: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              nameZh: string;
              nameEn: string;
              source: string;
              versions: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'draft' | 'published';
                itemCount: number;
                publishedAt: string | null;
                publishedBy: string | null;
              }[];
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One catalog with its versions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              nameZh: string;
              nameEn: string;
              source: string;
              versions: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'draft' | 'published';
                itemCount: number;
                publishedAt: string | null;
                publishedBy: string | null;
              }[];
              version: number;
              createdAt: string;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalogs/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a new draft version from the latest published one */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              catalogId: string;
              catalogCode: string;
              catalogNameZh: string;
              catalogNameEn: string;
              number: number;
              /** @enum {string} */
              status: 'draft' | 'published';
              publishedAt: string | null;
              publishedBy: string | null;
              previousVersionId: string | null;
              removedCodes: string[];
              items: {
                code: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                /** @default  */
                guidanceZh: string;
                /** @default  */
                guidanceEn: string;
                /** @enum {string} */
                basisKind: 'regulation' | 'standard' | 'programme_default';
                basis: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                /** @default null */
                appliesWhen: string | null;
                /** @default null */
                required: string | null;
                /** @default null */
                measure: string | null;
                /** @default  */
                evidenceGuidance: string;
                id: string;
                versionId: string;
                change: ('new' | 'same' | 'changed' | 'removed') | null;
                automatic: boolean;
                version: number;
                updatedAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              version: number;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog-versions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A catalog version with its items */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              catalogId: string;
              catalogCode: string;
              catalogNameZh: string;
              catalogNameEn: string;
              number: number;
              /** @enum {string} */
              status: 'draft' | 'published';
              publishedAt: string | null;
              publishedBy: string | null;
              previousVersionId: string | null;
              removedCodes: string[];
              items: {
                code: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                /** @default  */
                guidanceZh: string;
                /** @default  */
                guidanceEn: string;
                /** @enum {string} */
                basisKind: 'regulation' | 'standard' | 'programme_default';
                basis: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                /** @default null */
                appliesWhen: string | null;
                /** @default null */
                required: string | null;
                /** @default null */
                measure: string | null;
                /** @default  */
                evidenceGuidance: string;
                id: string;
                versionId: string;
                change: ('new' | 'same' | 'changed' | 'removed') | null;
                automatic: boolean;
                version: number;
                updatedAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              version: number;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog-versions/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A catalog version as a YAML or JSON file */
    get: {
      parameters: {
        query?: {
          format?: 'yaml' | 'json';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog-versions/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft version; it is immutable from then on */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              catalogId: string;
              catalogCode: string;
              catalogNameZh: string;
              catalogNameEn: string;
              number: number;
              /** @enum {string} */
              status: 'draft' | 'published';
              publishedAt: string | null;
              publishedBy: string | null;
              previousVersionId: string | null;
              removedCodes: string[];
              items: {
                code: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                /** @default  */
                guidanceZh: string;
                /** @default  */
                guidanceEn: string;
                /** @enum {string} */
                basisKind: 'regulation' | 'standard' | 'programme_default';
                basis: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                /** @default null */
                appliesWhen: string | null;
                /** @default null */
                required: string | null;
                /** @default null */
                measure: string | null;
                /** @default  */
                evidenceGuidance: string;
                id: string;
                versionId: string;
                change: ('new' | 'same' | 'changed' | 'removed') | null;
                automatic: boolean;
                version: number;
                updatedAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              version: number;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog-versions/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a requirement to a draft version (your working group’s aspect) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** @enum {string} */
            aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
            titleZh: string;
            titleEn: string;
            /** @default  */
            guidanceZh?: string;
            /** @default  */
            guidanceEn?: string;
            /** @enum {string} */
            basisKind: 'regulation' | 'standard' | 'programme_default';
            basis: string;
            /** @enum {string} */
            importance: 'mandatory' | 'recommended';
            weight: number;
            /** @default null */
            appliesWhen?: string | null;
            /** @default null */
            required?: string | null;
            /** @default null */
            measure?: string | null;
            /** @default  */
            evidenceGuidance?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              /** @enum {string} */
              aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
              titleZh: string;
              titleEn: string;
              /** @default  */
              guidanceZh: string;
              /** @default  */
              guidanceEn: string;
              /** @enum {string} */
              basisKind: 'regulation' | 'standard' | 'programme_default';
              basis: string;
              /** @enum {string} */
              importance: 'mandatory' | 'recommended';
              weight: number;
              /** @default null */
              appliesWhen: string | null;
              /** @default null */
              required: string | null;
              /** @default null */
              measure: string | null;
              /** @default  */
              evidenceGuidance: string;
              id: string;
              versionId: string;
              change: ('new' | 'same' | 'changed' | 'removed') | null;
              automatic: boolean;
              version: number;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a requirement of a draft version */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            /** @enum {string} */
            aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
            titleZh: string;
            titleEn: string;
            /** @default  */
            guidanceZh?: string;
            /** @default  */
            guidanceEn?: string;
            /** @enum {string} */
            basisKind: 'regulation' | 'standard' | 'programme_default';
            basis: string;
            /** @enum {string} */
            importance: 'mandatory' | 'recommended';
            weight: number;
            /** @default null */
            appliesWhen?: string | null;
            /** @default null */
            required?: string | null;
            /** @default null */
            measure?: string | null;
            /** @default  */
            evidenceGuidance?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              /** @enum {string} */
              aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
              titleZh: string;
              titleEn: string;
              /** @default  */
              guidanceZh: string;
              /** @default  */
              guidanceEn: string;
              /** @enum {string} */
              basisKind: 'regulation' | 'standard' | 'programme_default';
              basis: string;
              /** @enum {string} */
              importance: 'mandatory' | 'recommended';
              weight: number;
              /** @default null */
              appliesWhen: string | null;
              /** @default null */
              required: string | null;
              /** @default null */
              measure: string | null;
              /** @default  */
              evidenceGuidance: string;
              id: string;
              versionId: string;
              change: ('new' | 'same' | 'changed' | 'removed') | null;
              automatic: boolean;
              version: number;
              updatedAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/catalog-items/{id}/remove': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove a requirement from a draft version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessment-items/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload evidence for an answer (multipart, one part named "file") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              fileId: string;
              name: string;
              mime: string;
              size: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        413: components['responses']['Error'];
        415: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload evidence of a rectification (multipart, one part named "file") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'multipart/form-data': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              fileId: string;
              name: string;
              mime: string;
              size: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        413: components['responses']['Error'];
        415: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assessment campaigns with progress per branch */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'draft' | 'open' | 'closed';
          sort?: 'createdAt' | '-createdAt' | 'deadline' | '-deadline';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                code: string;
                nameZh: string;
                nameEn: string;
                /** @enum {string} */
                kind: 'baseline' | 'annual' | 'supervision';
                /** @enum {string} */
                status: 'draft' | 'open' | 'closed';
                catalogVersionId: string;
                catalogCode: string;
                catalogVersionNumber: number;
                deadline: string;
                portIds: string[];
                reviewers: {
                  /** @enum {string} */
                  SYSTEM: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                  /** @enum {string} */
                  FACILITY: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                  /** @enum {string} */
                  TECH: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                  /** @enum {string} */
                  STAFF: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                };
                openedAt: string | null;
                closedAt: string | null;
                progress: {
                  branchId: string;
                  branchNameZh: string;
                  branchNameEn: string;
                  total: number;
                  draft: number;
                  submitted: number;
                  reviewed: number;
                  approved: number;
                }[];
                version: number;
                createdAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    /** Prepare a campaign over a published catalog version and a set of ports */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            nameZh: string;
            nameEn: string;
            /** @enum {string} */
            kind: 'baseline' | 'annual' | 'supervision';
            /** Format: uuid */
            catalogVersionId: string;
            /** Format: date */
            deadline: string;
            portIds: string[];
            reviewers?: {
              /** @enum {string} */
              SYSTEM: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
              /** @enum {string} */
              FACILITY: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
              /** @enum {string} */
              TECH: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
              /** @enum {string} */
              STAFF: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** @enum {string} */
              kind: 'baseline' | 'annual' | 'supervision';
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              catalogVersionId: string;
              catalogCode: string;
              catalogVersionNumber: number;
              deadline: string;
              portIds: string[];
              reviewers: {
                /** @enum {string} */
                SYSTEM: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                FACILITY: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                TECH: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                STAFF: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
              };
              openedAt: string | null;
              closedAt: string | null;
              progress: {
                branchId: string;
                branchNameZh: string;
                branchNameEn: string;
                total: number;
                draft: number;
                submitted: number;
                reviewed: number;
                approved: number;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One campaign with progress per branch */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** @enum {string} */
              kind: 'baseline' | 'annual' | 'supervision';
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              catalogVersionId: string;
              catalogCode: string;
              catalogVersionNumber: number;
              deadline: string;
              portIds: string[];
              reviewers: {
                /** @enum {string} */
                SYSTEM: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                FACILITY: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                TECH: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                STAFF: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
              };
              openedAt: string | null;
              closedAt: string | null;
              progress: {
                branchId: string;
                branchNameZh: string;
                branchNameEn: string;
                total: number;
                draft: number;
                submitted: number;
                reviewed: number;
                approved: number;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/open': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open: an assessment per port, automatic items evaluated at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** @enum {string} */
              kind: 'baseline' | 'annual' | 'supervision';
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              catalogVersionId: string;
              catalogCode: string;
              catalogVersionNumber: number;
              deadline: string;
              portIds: string[];
              reviewers: {
                /** @enum {string} */
                SYSTEM: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                FACILITY: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                TECH: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                STAFF: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
              };
              openedAt: string | null;
              closedAt: string | null;
              progress: {
                branchId: string;
                branchNameZh: string;
                branchNameEn: string;
                total: number;
                draft: number;
                submitted: number;
                reviewed: number;
                approved: number;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a campaign */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              nameZh: string;
              nameEn: string;
              /** @enum {string} */
              kind: 'baseline' | 'annual' | 'supervision';
              /** @enum {string} */
              status: 'draft' | 'open' | 'closed';
              catalogVersionId: string;
              catalogCode: string;
              catalogVersionNumber: number;
              deadline: string;
              portIds: string[];
              reviewers: {
                /** @enum {string} */
                SYSTEM: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                FACILITY: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                TECH: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                STAFF: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
              };
              openedAt: string | null;
              closedAt: string | null;
              progress: {
                branchId: string;
                branchNameZh: string;
                branchNameEn: string;
                total: number;
                draft: number;
                submitted: number;
                reviewed: number;
                approved: number;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scores per port, aspect, branch and district, with the 达标率 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              campaignId: string;
              district: {
                overall: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                byAspect: {
                  [key: string]: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                };
                ports: number;
                portsMeetingAll: number;
                attainmentRate: number | null;
              };
              branches: {
                key: string;
                nameZh: string;
                nameEn: string;
                overall: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                byAspect: {
                  [key: string]: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                };
                ports: number;
                portsMeetingAll: number;
                attainmentRate: number | null;
              }[];
              ports: {
                key: string;
                nameZh: string;
                nameEn: string;
                overall: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                byAspect: {
                  [key: string]: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                };
                branchNameZh: string;
                branchNameEn: string;
                assessmentId: string;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              }[];
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 达标率 and scores across campaigns */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              campaignId: string;
              code: string;
              nameZh: string;
              nameEn: string;
              openedAt: string | null;
              attainmentRate: number | null;
              weighted: number | null;
              byAspect: {
                [key: string]: number | null;
              };
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/what-if': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What a change in traffic or designations would do to requirements and scores (nothing is saved) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            catalogVersionId: string;
            /** @default [] */
            portIds?: string[];
            /** @default {} */
            trafficScale?: {
              [key: string]: number;
            };
            /** @default [] */
            addCategories?: string[];
            /** @default [] */
            removeCategories?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ports: {
                portId: string;
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                before: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                after: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                changes: {
                  itemCode: string;
                  titleZh: string;
                  titleEn: string;
                  /** @enum {string} */
                  aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                  before:
                    ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                  after:
                    ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                  requiredBefore: number | null;
                  requiredAfter: number | null;
                }[];
              }[];
              district: {
                before: number | null;
                after: number | null;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assessments in your scope */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          campaignId?: string;
          portId?: string;
          branchId?: string;
          status?: 'draft' | 'submitted' | 'reviewed' | 'approved';
          sort?: 'portCode' | '-portCode' | 'status' | '-status';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                campaignId: string;
                campaignNameZh: string;
                campaignNameEn: string;
                portId: string;
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                branchNameZh: string;
                branchNameEn: string;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'reviewed' | 'approved';
                deadline: string;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                reopenRequested: boolean;
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered assessments with scores as an Excel workbook */
    get: {
      parameters: {
        query?: {
          campaignId?: string;
          portId?: string;
          branchId?: string;
          status?: 'draft' | 'submitted' | 'reviewed' | 'approved';
          sort?: 'portCode' | '-portCode' | 'status' | '-status';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One assessment with its items, explained, and its review per aspect */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              deadline: string;
              score: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              reopenRequested: boolean;
              version: number;
              can: {
                [key: string]: boolean;
              };
              aspects: {
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                reviewer: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                status: 'pending' | 'returned' | 'accepted';
                reviewedBy: string | null;
                reviewedAt: string | null;
                comment: string | null;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
              }[];
              items: {
                id: string;
                itemCode: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                guidanceZh: string;
                guidanceEn: string;
                basis: string;
                evidenceGuidance: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                automatic: boolean;
                result:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                grade: ('major' | 'minor' | 'observation') | null;
                required: number | null;
                present: number | boolean | null;
                explanation: {
                  appliesWhen?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  required?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  present?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                } | null;
                errorMessage: string | null;
                naReason: string | null;
                note: string | null;
                returnComment: string | null;
                answeredBy: string | null;
                answeredAt: string | null;
                evaluatedAt: string | null;
                evidence: {
                  id: string;
                  fileId: string;
                  name: string;
                  mime: string;
                  size: number;
                }[];
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approvedAt: string | null;
              reopenReason: string | null;
              reopenRequestedBy: string | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An assessment's items and results as an Excel workbook */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessment-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Answer a manual item, or rule an item not applicable with a reason */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @enum {string} */
            result: 'compliant' | 'partial' | 'non_compliant' | 'not_applicable';
            /** @default null */
            grade?: ('major' | 'minor' | 'observation') | null;
            /** @default null */
            naReason?: string | null;
            /** @default null */
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              itemCode: string;
              /** @enum {string} */
              aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
              titleZh: string;
              titleEn: string;
              guidanceZh: string;
              guidanceEn: string;
              basis: string;
              evidenceGuidance: string;
              /** @enum {string} */
              importance: 'mandatory' | 'recommended';
              weight: number;
              automatic: boolean;
              result:
                ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
              grade: ('major' | 'minor' | 'observation') | null;
              required: number | null;
              present: number | boolean | null;
              explanation: {
                appliesWhen?: {
                  expression: string;
                  value: number | boolean | null;
                  error?: string;
                  terms: {
                    text: string;
                    value: unknown;
                    error?: string;
                  }[];
                };
                required?: {
                  expression: string;
                  value: number | boolean | null;
                  error?: string;
                  terms: {
                    text: string;
                    value: unknown;
                    error?: string;
                  }[];
                };
                present?: {
                  expression: string;
                  value: number | boolean | null;
                  error?: string;
                  terms: {
                    text: string;
                    value: unknown;
                    error?: string;
                  }[];
                };
              } | null;
              errorMessage: string | null;
              naReason: string | null;
              note: string | null;
              returnComment: string | null;
              answeredBy: string | null;
              answeredAt: string | null;
              evaluatedAt: string | null;
              evidence: {
                id: string;
                fileId: string;
                name: string;
                mime: string;
                size: number;
              }[];
              version: number;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer many items at once with one result and note: all of them, or none */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              itemId: string;
              version: number;
            }[];
            /** @enum {string} */
            result: 'compliant' | 'partial' | 'non_compliant' | 'not_applicable';
            /** @default null */
            grade?: ('major' | 'minor' | 'observation') | null;
            /** @default null */
            naReason?: string | null;
            /** @default null */
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              deadline: string;
              score: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              reopenRequested: boolean;
              version: number;
              can: {
                [key: string]: boolean;
              };
              aspects: {
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                reviewer: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                status: 'pending' | 'returned' | 'accepted';
                reviewedBy: string | null;
                reviewedAt: string | null;
                comment: string | null;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
              }[];
              items: {
                id: string;
                itemCode: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                guidanceZh: string;
                guidanceEn: string;
                basis: string;
                evidenceGuidance: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                automatic: boolean;
                result:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                grade: ('major' | 'minor' | 'observation') | null;
                required: number | null;
                present: number | boolean | null;
                explanation: {
                  appliesWhen?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  required?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  present?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                } | null;
                errorMessage: string | null;
                naReason: string | null;
                note: string | null;
                returnComment: string | null;
                answeredBy: string | null;
                answeredAt: string | null;
                evaluatedAt: string | null;
                evidence: {
                  id: string;
                  fileId: string;
                  name: string;
                  mime: string;
                  size: number;
                }[];
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approvedAt: string | null;
              reopenReason: string | null;
              reopenRequestedBy: string | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/evidence/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an evidence file */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit for review (every mandatory manual item answered) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              deadline: string;
              score: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              reopenRequested: boolean;
              version: number;
              can: {
                [key: string]: boolean;
              };
              aspects: {
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                reviewer: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                status: 'pending' | 'returned' | 'accepted';
                reviewedBy: string | null;
                reviewedAt: string | null;
                comment: string | null;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
              }[];
              items: {
                id: string;
                itemCode: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                guidanceZh: string;
                guidanceEn: string;
                basis: string;
                evidenceGuidance: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                automatic: boolean;
                result:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                grade: ('major' | 'minor' | 'observation') | null;
                required: number | null;
                present: number | boolean | null;
                explanation: {
                  appliesWhen?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  required?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  present?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                } | null;
                errorMessage: string | null;
                naReason: string | null;
                note: string | null;
                returnComment: string | null;
                answeredBy: string | null;
                answeredAt: string | null;
                evaluatedAt: string | null;
                evidence: {
                  id: string;
                  fileId: string;
                  name: string;
                  mime: string;
                  size: number;
                }[];
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approvedAt: string | null;
              reopenReason: string | null;
              reopenRequestedBy: string | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}/aspects/{aspect}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Return items of your working group's aspect with comments */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            comment: string;
            items: {
              /** Format: uuid */
              itemId: string;
              comment: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              deadline: string;
              score: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              reopenRequested: boolean;
              version: number;
              can: {
                [key: string]: boolean;
              };
              aspects: {
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                reviewer: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                status: 'pending' | 'returned' | 'accepted';
                reviewedBy: string | null;
                reviewedAt: string | null;
                comment: string | null;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
              }[];
              items: {
                id: string;
                itemCode: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                guidanceZh: string;
                guidanceEn: string;
                basis: string;
                evidenceGuidance: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                automatic: boolean;
                result:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                grade: ('major' | 'minor' | 'observation') | null;
                required: number | null;
                present: number | boolean | null;
                explanation: {
                  appliesWhen?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  required?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  present?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                } | null;
                errorMessage: string | null;
                naReason: string | null;
                note: string | null;
                returnComment: string | null;
                answeredBy: string | null;
                answeredAt: string | null;
                evaluatedAt: string | null;
                evidence: {
                  id: string;
                  fileId: string;
                  name: string;
                  mime: string;
                  size: number;
                }[];
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approvedAt: string | null;
              reopenReason: string | null;
              reopenRequestedBy: string | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}/aspects/{aspect}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept your working group's aspect */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @default null */
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              deadline: string;
              score: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              reopenRequested: boolean;
              version: number;
              can: {
                [key: string]: boolean;
              };
              aspects: {
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                reviewer: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                status: 'pending' | 'returned' | 'accepted';
                reviewedBy: string | null;
                reviewedAt: string | null;
                comment: string | null;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
              }[];
              items: {
                id: string;
                itemCode: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                guidanceZh: string;
                guidanceEn: string;
                basis: string;
                evidenceGuidance: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                automatic: boolean;
                result:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                grade: ('major' | 'minor' | 'observation') | null;
                required: number | null;
                present: number | boolean | null;
                explanation: {
                  appliesWhen?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  required?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  present?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                } | null;
                errorMessage: string | null;
                naReason: string | null;
                note: string | null;
                returnComment: string | null;
                answeredBy: string | null;
                answeredAt: string | null;
                evaluatedAt: string | null;
                evidence: {
                  id: string;
                  fileId: string;
                  name: string;
                  mime: string;
                  size: number;
                }[];
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approvedAt: string | null;
              reopenReason: string | null;
              reopenRequestedBy: string | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve and lock a reviewed assessment; its nonconformities become findings */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              deadline: string;
              score: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              reopenRequested: boolean;
              version: number;
              can: {
                [key: string]: boolean;
              };
              aspects: {
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                reviewer: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                status: 'pending' | 'returned' | 'accepted';
                reviewedBy: string | null;
                reviewedAt: string | null;
                comment: string | null;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
              }[];
              items: {
                id: string;
                itemCode: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                guidanceZh: string;
                guidanceEn: string;
                basis: string;
                evidenceGuidance: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                automatic: boolean;
                result:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                grade: ('major' | 'minor' | 'observation') | null;
                required: number | null;
                present: number | boolean | null;
                explanation: {
                  appliesWhen?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  required?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  present?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                } | null;
                errorMessage: string | null;
                naReason: string | null;
                note: string | null;
                returnComment: string | null;
                answeredBy: string | null;
                answeredAt: string | null;
                evaluatedAt: string | null;
                evidence: {
                  id: string;
                  fileId: string;
                  name: string;
                  mime: string;
                  size: number;
                }[];
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approvedAt: string | null;
              reopenReason: string | null;
              reopenRequestedBy: string | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}/reopen-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the leadership group to reopen an approved assessment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              deadline: string;
              score: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              reopenRequested: boolean;
              version: number;
              can: {
                [key: string]: boolean;
              };
              aspects: {
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                reviewer: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                status: 'pending' | 'returned' | 'accepted';
                reviewedBy: string | null;
                reviewedAt: string | null;
                comment: string | null;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
              }[];
              items: {
                id: string;
                itemCode: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                guidanceZh: string;
                guidanceEn: string;
                basis: string;
                evidenceGuidance: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                automatic: boolean;
                result:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                grade: ('major' | 'minor' | 'observation') | null;
                required: number | null;
                present: number | boolean | null;
                explanation: {
                  appliesWhen?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  required?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  present?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                } | null;
                errorMessage: string | null;
                naReason: string | null;
                note: string | null;
                returnComment: string | null;
                answeredBy: string | null;
                answeredAt: string | null;
                evaluatedAt: string | null;
                evidence: {
                  id: string;
                  fileId: string;
                  name: string;
                  mime: string;
                  size: number;
                }[];
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approvedAt: string | null;
              reopenReason: string | null;
              reopenRequestedBy: string | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}/reopen-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve or decline a reopening (leadership group) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            approve: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchNameZh: string;
              branchNameEn: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              deadline: string;
              score: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              reopenRequested: boolean;
              version: number;
              can: {
                [key: string]: boolean;
              };
              aspects: {
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                reviewer: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                status: 'pending' | 'returned' | 'accepted';
                reviewedBy: string | null;
                reviewedAt: string | null;
                comment: string | null;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
              }[];
              items: {
                id: string;
                itemCode: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                titleZh: string;
                titleEn: string;
                guidanceZh: string;
                guidanceEn: string;
                basis: string;
                evidenceGuidance: string;
                /** @enum {string} */
                importance: 'mandatory' | 'recommended';
                weight: number;
                automatic: boolean;
                result:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                grade: ('major' | 'minor' | 'observation') | null;
                required: number | null;
                present: number | boolean | null;
                explanation: {
                  appliesWhen?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  required?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                  present?: {
                    expression: string;
                    value: number | boolean | null;
                    error?: string;
                    terms: {
                      text: string;
                      value: unknown;
                      error?: string;
                    }[];
                  };
                } | null;
                errorMessage: string | null;
                naReason: string | null;
                note: string | null;
                returnComment: string | null;
                answeredBy: string | null;
                answeredAt: string | null;
                evaluatedAt: string | null;
                evidence: {
                  id: string;
                  fileId: string;
                  name: string;
                  mime: string;
                  size: number;
                }[];
                version: number;
                can: {
                  [key: string]: boolean;
                };
              }[];
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approvedAt: string | null;
              reopenReason: string | null;
              reopenRequestedBy: string | null;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Findings and their rectification in your scope */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          campaignId?: string;
          portId?: string;
          branchId?: string;
          aspect?: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
          status?: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
          overdue?: 'true' | 'false';
          mine?: 'true' | 'false';
          owner?: string;
          sort?: 'dueDate' | '-dueDate' | 'createdAt' | '-createdAt' | 'portCode';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                assessmentId: string;
                assessmentItemId: string;
                campaignId: string;
                campaignNameZh: string;
                campaignNameEn: string;
                portId: string;
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                branchId: string;
                branchNameZh: string;
                branchNameEn: string;
                itemCode: string;
                titleZh: string;
                titleEn: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                grade: 'major' | 'minor' | 'observation';
                /** @enum {string} */
                resultAtFinding:
                  'compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error';
                currentResult:
                  ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
                ownerId: string | null;
                ownerName: string | null;
                dueDate: string | null;
                overdue: boolean;
                /** @enum {string} */
                priority: 'high' | 'medium' | 'low';
                plan: string | null;
                progressNote: string | null;
                verifiedBy: string | null;
                verifiedAt: string | null;
                reviewComment: string | null;
                evidence: {
                  id: string;
                  fileId: string;
                  name: string;
                  mime: string;
                  size: number;
                }[];
                version: number;
                createdAt: string;
                can: {
                  [key: string]: boolean;
                };
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered findings as an Excel workbook */
    get: {
      parameters: {
        query?: {
          campaignId?: string;
          portId?: string;
          branchId?: string;
          aspect?: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
          status?: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
          overdue?: 'true' | 'false';
          mine?: 'true' | 'false';
          owner?: string;
          sort?: 'dueDate' | '-dueDate' | 'createdAt' | '-createdAt' | 'portCode';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One finding with its rectification */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              assessmentId: string;
              assessmentItemId: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchId: string;
              branchNameZh: string;
              branchNameEn: string;
              itemCode: string;
              titleZh: string;
              titleEn: string;
              /** @enum {string} */
              aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
              /** @enum {string} */
              grade: 'major' | 'minor' | 'observation';
              /** @enum {string} */
              resultAtFinding:
                'compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error';
              currentResult:
                ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
              ownerId: string | null;
              ownerName: string | null;
              dueDate: string | null;
              overdue: boolean;
              /** @enum {string} */
              priority: 'high' | 'medium' | 'low';
              plan: string | null;
              progressNote: string | null;
              verifiedBy: string | null;
              verifiedAt: string | null;
              reviewComment: string | null;
              evidence: {
                id: string;
                fileId: string;
                name: string;
                mime: string;
                size: number;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{id}/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts a rectification can be given to (officers responsible for the port) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              username: string;
              displayName: string;
            }[];
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{id}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Owner, due date, priority and plan of a rectification */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            ownerId: string | null;
            /** Format: date */
            dueDate: string;
            /** @enum {string} */
            priority: 'high' | 'medium' | 'low';
            plan: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              assessmentId: string;
              assessmentItemId: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchId: string;
              branchNameZh: string;
              branchNameEn: string;
              itemCode: string;
              titleZh: string;
              titleEn: string;
              /** @enum {string} */
              aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
              /** @enum {string} */
              grade: 'major' | 'minor' | 'observation';
              /** @enum {string} */
              resultAtFinding:
                'compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error';
              currentResult:
                ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
              ownerId: string | null;
              ownerName: string | null;
              dueDate: string | null;
              overdue: boolean;
              /** @enum {string} */
              priority: 'high' | 'medium' | 'low';
              plan: string | null;
              progressNote: string | null;
              verifiedBy: string | null;
              verifiedAt: string | null;
              reviewComment: string | null;
              evidence: {
                id: string;
                fileId: string;
                name: string;
                mime: string;
                size: number;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a rectification for verification */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            progressNote: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              assessmentId: string;
              assessmentItemId: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchId: string;
              branchNameZh: string;
              branchNameEn: string;
              itemCode: string;
              titleZh: string;
              titleEn: string;
              /** @enum {string} */
              aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
              /** @enum {string} */
              grade: 'major' | 'minor' | 'observation';
              /** @enum {string} */
              resultAtFinding:
                'compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error';
              currentResult:
                ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
              ownerId: string | null;
              ownerName: string | null;
              dueDate: string | null;
              overdue: boolean;
              /** @enum {string} */
              priority: 'high' | 'medium' | 'low';
              plan: string | null;
              progressNote: string | null;
              verifiedBy: string | null;
              verifiedAt: string | null;
              reviewComment: string | null;
              evidence: {
                id: string;
                fileId: string;
                name: string;
                mime: string;
                size: number;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify a rectification (the reviewing working group); the item is evaluated again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            /** @default null */
            comment?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              assessmentId: string;
              assessmentItemId: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchId: string;
              branchNameZh: string;
              branchNameEn: string;
              itemCode: string;
              titleZh: string;
              titleEn: string;
              /** @enum {string} */
              aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
              /** @enum {string} */
              grade: 'major' | 'minor' | 'observation';
              /** @enum {string} */
              resultAtFinding:
                'compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error';
              currentResult:
                ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
              ownerId: string | null;
              ownerName: string | null;
              dueDate: string | null;
              overdue: boolean;
              /** @enum {string} */
              priority: 'high' | 'medium' | 'low';
              plan: string | null;
              progressNote: string | null;
              verifiedBy: string | null;
              verifiedAt: string | null;
              reviewComment: string | null;
              evidence: {
                id: string;
                fileId: string;
                name: string;
                mime: string;
                size: number;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/findings/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a rectification back with a comment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
            comment: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              assessmentId: string;
              assessmentItemId: string;
              campaignId: string;
              campaignNameZh: string;
              campaignNameEn: string;
              portId: string;
              portCode: string;
              portNameZh: string;
              portNameEn: string;
              branchId: string;
              branchNameZh: string;
              branchNameEn: string;
              itemCode: string;
              titleZh: string;
              titleEn: string;
              /** @enum {string} */
              aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
              /** @enum {string} */
              grade: 'major' | 'minor' | 'observation';
              /** @enum {string} */
              resultAtFinding:
                'compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error';
              currentResult:
                ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
              ownerId: string | null;
              ownerName: string | null;
              dueDate: string | null;
              overdue: boolean;
              /** @enum {string} */
              priority: 'high' | 'medium' | 'low';
              plan: string | null;
              progressNote: string | null;
              verifiedBy: string | null;
              verifiedAt: string | null;
              reviewComment: string | null;
              evidence: {
                id: string;
                fileId: string;
                name: string;
                mime: string;
                size: number;
              }[];
              version: number;
              createdAt: string;
              can: {
                [key: string]: boolean;
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An assessment's official report: units, scores by aspect, items with review comments, sign-off and findings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              generatedAt: string;
              district: {
                code: string;
                nameZh: string;
                nameEn: string;
              };
              branch: {
                code: string;
                nameZh: string;
                nameEn: string;
              } | null;
              port: {
                code: string;
                nameZh: string;
                nameEn: string;
              };
              campaign: {
                id: string;
                code: string;
                nameZh: string;
                nameEn: string;
                /** @enum {string} */
                kind: 'baseline' | 'annual' | 'supervision';
                /** @enum {string} */
                status: 'draft' | 'open' | 'closed';
                deadline: string;
                openedAt: string | null;
                closedAt: string | null;
                catalog: {
                  code: string;
                  nameZh: string;
                  nameEn: string;
                  versionNumber: number;
                };
              };
              assessmentId: string;
              /** @enum {string} */
              status: 'draft' | 'submitted' | 'reviewed' | 'approved';
              score: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              submitted: {
                username: string;
                displayName: string;
                at: string | null;
              } | null;
              approved: {
                username: string;
                displayName: string;
                at: string | null;
              } | null;
              aspects: {
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                reviewer: 'SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION';
                /** @enum {string} */
                status: 'pending' | 'returned' | 'accepted';
                reviewed: {
                  username: string;
                  displayName: string;
                  at: string | null;
                } | null;
                comment: string | null;
                score: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                items: {
                  itemCode: string;
                  titleZh: string;
                  titleEn: string;
                  /** @enum {string} */
                  importance: 'mandatory' | 'recommended';
                  weight: number;
                  automatic: boolean;
                  result:
                    ('compliant' | 'partial' | 'non_compliant' | 'not_applicable' | 'error') | null;
                  grade: ('major' | 'minor' | 'observation') | null;
                  required: number | null;
                  present: number | boolean | null;
                  note: string | null;
                  naReason: string | null;
                  errorMessage: string | null;
                  answered: {
                    username: string;
                    displayName: string;
                    at: string | null;
                  } | null;
                  reviewComment: {
                    text: string;
                    by: {
                      username: string;
                      displayName: string;
                      at: string | null;
                    } | null;
                  } | null;
                }[];
              }[];
              findings: {
                id: string;
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                itemCode: string;
                titleZh: string;
                titleEn: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                grade: 'major' | 'minor' | 'observation';
                /** @enum {string} */
                priority: 'high' | 'medium' | 'low';
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
                ownerName: string | null;
                dueDate: string | null;
                overdue: boolean;
                verified: {
                  username: string;
                  displayName: string;
                  at: string | null;
                } | null;
              }[];
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/campaigns/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign's official report: scores by aspect and branch, each port's sign-off, and the findings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              generatedAt: string;
              district: {
                code: string;
                nameZh: string;
                nameEn: string;
              };
              campaign: {
                id: string;
                code: string;
                nameZh: string;
                nameEn: string;
                /** @enum {string} */
                kind: 'baseline' | 'annual' | 'supervision';
                /** @enum {string} */
                status: 'draft' | 'open' | 'closed';
                deadline: string;
                openedAt: string | null;
                closedAt: string | null;
                catalog: {
                  code: string;
                  nameZh: string;
                  nameEn: string;
                  versionNumber: number;
                };
              };
              overall: {
                weighted: number | null;
                mandatoryMet: number;
                mandatoryTotal: number;
                meetsAllMandatory: boolean;
                applicable: number;
                answered: number;
              };
              byAspect: {
                SYSTEM: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                FACILITY: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                TECH: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                STAFF: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
              };
              ports: number;
              portsMeetingAll: number;
              attainmentRate: number | null;
              branches: {
                branch: {
                  code: string;
                  nameZh: string;
                  nameEn: string;
                };
                overall: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                byAspect: {
                  SYSTEM: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                  FACILITY: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                  TECH: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                  STAFF: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                };
                ports: number;
                portsMeetingAll: number;
                attainmentRate: number | null;
              }[];
              assessments: {
                assessmentId: string;
                port: {
                  code: string;
                  nameZh: string;
                  nameEn: string;
                };
                branchNameZh: string;
                branchNameEn: string;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'reviewed' | 'approved';
                overall: {
                  weighted: number | null;
                  mandatoryMet: number;
                  mandatoryTotal: number;
                  meetsAllMandatory: boolean;
                  applicable: number;
                  answered: number;
                };
                byAspect: {
                  SYSTEM: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                  FACILITY: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                  TECH: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                  STAFF: {
                    weighted: number | null;
                    mandatoryMet: number;
                    mandatoryTotal: number;
                    meetsAllMandatory: boolean;
                    applicable: number;
                    answered: number;
                  };
                };
                submitted: {
                  username: string;
                  displayName: string;
                  at: string | null;
                } | null;
                approved: {
                  username: string;
                  displayName: string;
                  at: string | null;
                } | null;
              }[];
              findings: {
                id: string;
                portCode: string;
                portNameZh: string;
                portNameEn: string;
                itemCode: string;
                titleZh: string;
                titleEn: string;
                /** @enum {string} */
                aspect: 'SYSTEM' | 'FACILITY' | 'TECH' | 'STAFF';
                /** @enum {string} */
                grade: 'major' | 'minor' | 'observation';
                /** @enum {string} */
                priority: 'high' | 'medium' | 'low';
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'submitted' | 'verified' | 'rejected';
                ownerName: string | null;
                dueDate: string | null;
                overdue: boolean;
                verified: {
                  username: string;
                  displayName: string;
                  at: string | null;
                } | null;
              }[];
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/work/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open tasks of one view (mine, my units, overdue, due this week), soonest due first */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          view?: 'mine' | 'unit' | 'overdue' | 'week';
          kind?:
            | 'assessment.fill'
            | 'assessment.review'
            | 'assessment.resubmit'
            | 'assessment.approve'
            | 'assessment.reopen_decide'
            | 'finding.plan'
            | 'finding.submit'
            | 'finding.verify'
            | 'certification.renew';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                /** @enum {string} */
                kind:
                  | 'assessment.fill'
                  | 'assessment.review'
                  | 'assessment.resubmit'
                  | 'assessment.approve'
                  | 'assessment.reopen_decide'
                  | 'finding.plan'
                  | 'finding.submit'
                  | 'finding.verify'
                  | 'certification.renew';
                titleZh: string;
                titleEn: string;
                link: string;
                dueDate: string | null;
                overdue: boolean;
                /** Format: date-time */
                openedAt: string;
                personal: boolean;
                workingGroup: ('SYSTEM' | 'FACILITY' | 'TECH' | 'EDUCATION') | null;
                unitId: string;
                unitNameZh: string;
                unitNameEn: string;
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/work/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many open tasks each view holds */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              mine: number;
              unit: number;
              overdue: number;
              week: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/work/tasks/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One view of the queue as an Excel workbook */
    get: {
      parameters: {
        query?: {
          view?: 'mine' | 'unit' | 'overdue' | 'week';
          kind?:
            | 'assessment.fill'
            | 'assessment.review'
            | 'assessment.resubmit'
            | 'assessment.approve'
            | 'assessment.reopen_decide'
            | 'finding.plan'
            | 'finding.submit'
            | 'finding.verify'
            | 'certification.renew';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The reader's notifications, newest first */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          unread?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                kind: string;
                title: string;
                body: string;
                link: string;
                /** Format: date-time */
                createdAt: string;
                read: boolean;
              }[];
              total: number;
              page: number;
              pageSize: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many notifications the reader has not read */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              unread: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks notifications read (the ones named, or all) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                ids: string[];
              }
            | {
                /** @enum {boolean} */
                all: true;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              unread: number;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-sent events: `unread` with the count whenever it changes; reconnect after holdSeconds */
    get: {
      parameters: {
        query?: {
          holdSeconds?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the reader is told: e-mail address, language, and each channel */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string | null;
              /** @enum {string} */
              locale: 'zh' | 'en';
              channels: {
                /** @enum {string} */
                inApp: 'immediate' | 'off';
                /** @enum {string} */
                email: 'immediate' | 'digest' | 'off';
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    /** Changes how the reader is told */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email?: string | null;
            /** @enum {string} */
            locale?: 'zh' | 'en';
            channels?: {
              /** @enum {string} */
              inApp?: 'immediate' | 'off';
              /** @enum {string} */
              email?: 'immediate' | 'digest' | 'off';
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string | null;
              /** @enum {string} */
              locale: 'zh' | 'en';
              channels: {
                /** @enum {string} */
                inApp: 'immediate' | 'off';
                /** @enum {string} */
                email: 'immediate' | 'digest' | 'off';
              };
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mail waiting, sent and failed, newest first */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'pending' | 'sent' | 'failed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: string;
                toAddress: string;
                recipient: string | null;
                subject: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed';
                attempts: number;
                nextAttemptAt: string | null;
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                sentAt: string | null;
              }[];
              total: number;
              page: number;
              pageSize: number;
              transport: boolean;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail/outbox/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The outbox, filtered as the list is, as an Excel workbook */
    get: {
      parameters: {
        query?: {
          status?: 'pending' | 'sent' | 'failed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail/outbox/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sends a failed mail again, with a fresh set of attempts */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queues a test mail to the administrator's own address */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never> | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        400: components['responses']['Error'];
        401: components['responses']['Error'];
        403: components['responses']['Error'];
        404: components['responses']['Error'];
        409: components['responses']['Error'];
        422: components['responses']['Error'];
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: {
    /** @description Default Response */
    Error: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': {
          error: {
            code: string;
            message: string;
            fields?: {
              [key: string]: string;
            };
          };
        };
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
