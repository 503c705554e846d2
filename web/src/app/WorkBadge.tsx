import { CarryOutOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTaskCounts } from '../features/home/queries.ts';

/** The header's count of the signed-in person's open tasks; a click opens the queue on the home page. */
export function WorkBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const counts = useTaskCounts();
  const mine = counts.data?.mine ?? 0;
  const label = t('work.badge', { count: mine });
  return (
    <Tooltip title={label}>
      <Badge count={mine} overflowCount={99} size="small">
        <Button
          type="text"
          icon={<CarryOutOutlined />}
          aria-label={label}
          data-testid="work-badge"
          onClick={() => void navigate('/')}
        />
      </Badge>
    </Tooltip>
  );
}
